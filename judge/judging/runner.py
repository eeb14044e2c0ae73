"""Judge one solution file: cases -> sandboxed child -> checker -> a ``JudgeResult``.

The order is LeetCode's: samples, then hidden groups in file-name order, stopping
at the first case that is not Accepted. Every limit is decided here, in the judge's
process, from what the judge itself measured of the child (CPU time of the whole
child around each request, its memory) and the child's validated reply.

A case is one call in one request, measured once in the judged child: a second try
there (where a solution could answer from a memo) never turns a TLE into Accepted; a
time near the limit is settled in fresh children (``judge.judging.remeasure``).
Importing the solution has a CPU limit of its own (``import_limit_s``) and its time
is reported (``import_ms``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterator

from judge import untrusted, values
from judge.errors import SolutionError
from judge.judging import (
    advice,
    batching,
    draws,
    fuzz,
    outcome,
    reference,
    remeasure,
    replay,
    requests,
    standing,
    steady,
    stdio,
    stream,
)
from judge.judging.failures import named_input, with_failing
from judge.judging.loading import load, load_failure_of
from judge.judging.options import (
    RunOptions,
    bounds,
    choose_sandbox,
    cpu_kill_after,
    require_modules,
    wall_timeout,
)
from judge.judging.outcome import Outcome
from judge.problems.kattis.grading import Graded, judge_tree, max_score
from judge.problems.kattis.problem import KattisProblem
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Child, Limits
from judge.verdict import (
    CaseResult,
    FailingCase,
    GroupScore,
    JudgeResult,
    ScoreFigures,
    StreamFigures,
    Verdict,
)


@dataclass
class _Judged:
    """What the hidden cases gave, for the result and the stream checks."""

    results: list[CaseResult]
    ref_times: dict[str, float]
    outputs: dict[str, Any]
    served: dict[str, int]
    verdict: Verdict = Verdict.AC
    message: str = ""
    failing: FailingCase | None = None
    graded: Graded | None = None  # a Kattis package's groups, graded
    import_s: float | None = None
    accounting: str = "proc"
    history: replay.History = field(default_factory=replay.History)  # which child gave which outputs


def judge_file(problem: Problem, solution: Path, options: RunOptions = RunOptions()) -> JudgeResult:
    """Judge ``solution`` on every case of ``problem``, with generated inputs mixed in if fuzzing."""
    if not solution.is_file():
        raise SolutionError(f"no solution file at {solution}; create it with `judge start {problem.slug}` "
                            f"or pass --solution PATH")
    require_modules(problem)
    sandbox = choose_sandbox(options.sandbox)
    cases = list(problem.samples) if options.samples_only else problem.all_cases()
    mixed = None
    if options.fuzz and problem.kind in ("call", "object") and not options.samples_only:
        mixed = fuzz.Interleaved(problem, options, len(cases))
    key = draws.new_key() if problem.kind == "stream" else None  # the stream's draws, known only here
    if isinstance(problem, KattisProblem):
        run = _judge_program(problem, solution, sandbox, cases, options)
    else:
        run = _judge_cases(problem, solution, sandbox, cases, options, key, mixed)
    figures: StreamFigures | None = None
    if run.verdict is Verdict.AC and problem.kind == "stream":
        run.verdict, run.message, run.failing, figures = stream.verify(problem, solution, cases, run.outputs,
                                                                       run.served, key, sandbox, run.history)
    if run.verdict is not Verdict.AC and run.failing is None:
        run.failing = FailingCase(name="", input={}, expected=None, actual=None, message=run.message)
    if run.failing is not None:
        run.failing = advice.with_hint(run.failing, run.verdict, solution, problem.entry_names)
    results = steady.figures(problem, solution, sandbox, cases, run.results, options.readings) \
        if run.verdict is Verdict.AC else run.results
    judged = JudgeResult(
        problem=problem.slug, solution=str(solution), verdict=run.verdict,
        passed=sum(1 for r in results if r.verdict is Verdict.AC), total=len(cases),
        time_ms=sum(r.time_ms for r in results), memory_kb=max((r.memory_kb for r in results), default=0),
        cases=tuple(results), sandbox=sandbox, failing_case=run.failing, message=run.message,
        reference_time_ms=sum(r.reference_ms or 0.0 for r in results) if run.ref_times else None, stream=figures,
        score=_score(problem, run.graded),
        import_ms=run.import_s * 1000 if run.import_s is not None else None, limits=bounds(run.accounting, sandbox),
    )
    if mixed is not None:
        judged = fuzz.after_cases(problem, solution, judged, options, sandbox, mixed)
    # Strings from the solution may hold lone surrogates, which no report can encode (judge.untrusted).
    return untrusted.cleaned(replace(judged, standing=standing.standing_of(problem, cases, judged)))


def _judge_cases(problem: Problem, solution: Path, sandbox: str, cases: list[Case], options: RunOptions,
                 key: bytes | None, mixed: Any) -> _Judged:
    """The hidden cases in order, stopping at the first failure (unless ``options.keep_going``), with
    ``mixed``'s generated inputs between them; small ones batched (``judge.judging.batching``)."""
    cached = reference.cached_times(problem)
    run = _Judged([], {}, {}, {})
    # A backstop only: each case is held to its own limit by the judge while it runs.
    generated = sum(len(slot) for slot in mixed.slots) if mixed is not None else 0  # they run in this child too
    limits = Limits(cpu_s=(len(cases) + generated) * problem.time_rule.floor_s * 2 + 60, memory_mb=problem.memory_mb,
                    output_bytes=problem.output_kb * 1024)
    # Time the reference beside each case, unless it was measured up front (judge grade).
    with contextlib.ExitStack() as stack:
        clock = stack.enter_context(reference.ReferenceClock(problem)) if cached is None else None
        judging = _Cases(problem, solution, sandbox, limits, options, key, mixed, clock, run, stack)
        if not judging.fresh():
            return run
        items = _items(problem, cases, mixed, clock, cached)
        for group in batching.plan(items, batching.applies(problem, options), judging.pace):
            if not judging.judge(group):
                break
    return run


def _items(problem: Problem, cases: list[Case], mixed: Any, clock: reference.ReferenceClock | None,
           cached: dict[str, float] | None) -> Iterator[batching.Item]:
    """The hidden cases with the generated inputs in their slots, each with its limit (the reference
    timed beside it where there is a clock, a window at a time); no generated one after one has failed."""
    timed: dict[tuple[int, str], float] = {}
    window: list[tuple[Case, float | None]] = []
    for index in range(len(cases) + 1):
        for args in mixed.slots[index] if mixed is not None and mixed.ref is not None else []:
            case = Case(name=fuzz.FUZZ_CASE, group=fuzz.FUZZ_CASE, args=args, expected=None, where="generated")
            # The reference's answer is harness-encoded data: an int wider than INT_TAG_BITS is still its tag.
            case = replace(case, expected=values.untagged_ints(mixed.ref.expected(case)))
            window.append((case, fuzz.reference_seconds(mixed.ref, case)))
        if index < len(cases):
            window.append((cases[index], None))
        if len(window) >= batching.MAX_CASES or index == len(cases):
            yield from _limited(problem, window, mixed, clock, cached, timed)
            window = []


def _limited(problem: Problem, window: list[tuple[Case, float | None]], mixed: Any,
             clock: reference.ReferenceClock | None, cached: dict[str, float] | None,
             timed: dict[tuple[int, str], float]) -> Iterator[batching.Item]:
    """A window of cases as items: the reference's time on each from one batch where that cannot move a
    limit (``ReferenceClock.estimates``), else timed alone beside it, else measured up front."""
    estimates = clock.estimates([case for case, _ in window]) if clock is not None else [None] * len(window)
    for (case, own_s), estimate in zip(window, estimates):
        generated = case.where == "generated"
        if generated and mixed.failure is not None:
            continue
        if clock is not None:
            beside = estimate if estimate is not None else clock.seconds(case) if generated \
                else _reference_s(clock, case, timed)
            yield batching.Item(case, problem.time_rule.limit_s(beside), beside, generated)
        elif generated:  # judge grade: the reference's time on it, measured up front as a hidden case's was
            yield batching.Item(case, problem.time_rule.limit_s(fuzz.prepared_seconds(mixed.ref, case)), own_s,
                                generated)
        else:
            reference_s = (cached or {})[case.name]
            yield batching.Item(case, problem.time_rule.limit_s(reference_s), reference_s)


class _Cases:
    """The judged child, and each group of items judged in it: a batch in one request, else one
    item per request as without batching (a batch that is not all Accepted on time is run again
    that way in a fresh child, never in the same one)."""

    def __init__(self, problem: Problem, solution: Path, sandbox: str, limits: Limits, options: RunOptions,
                 key: bytes | None, mixed: Any, clock: reference.ReferenceClock | None, run: _Judged,
                 stack: contextlib.ExitStack) -> None:
        self.problem, self.solution, self.sandbox, self.limits = problem, solution, sandbox, limits
        self.options, self.key, self.mixed, self.clock, self.run, self.stack = options, key, mixed, clock, run, stack
        self.child: Child | None = None
        self.pace = batching.Pace()  # the solution's speed as its batches show it

    def fresh(self) -> bool:
        """A new child with the solution loaded (the old one closed); False, the verdict set, if it does not load."""
        first = self.child is None
        if self.child is not None:
            self.child.close()
            self.run.history.starts.append(len(self.run.results))  # the next case's replay starts afresh too
        self.child = self.stack.enter_context(Child(self.solution, self.limits, self.sandbox))
        import_s, failure = load(self.child, self.problem)
        if first:
            self.run.accounting, self.run.import_s = self.child.meter.kind, import_s
        if failure is not None:  # after the first: it loaded before, a solution that behaves differently
            self.run.verdict, self.run.message, self.run.failing = failure
            return False
        return True

    def judge(self, group: list[batching.Item]) -> bool:
        """Judge a group of items; False once the judging stops."""
        assert self.child is not None
        if self.mixed is not None and self.mixed.failure is not None:  # no generated input after one failed
            group = [item for item in group if not item.generated]
        if len(group) > 1:
            if not self.child.alive() and not self.fresh():  # a generated input ended the last one
                return False
            got = batching.run(self.child, self.problem, group, self.pace)
            if isinstance(got, list):
                return all([self._record(item, found) for item, found in zip(group, got)])
            if got is not None:  # a reply that broke the protocol: RE, on the batch's first hidden case
                return self._record(next((item for item in group if not item.generated), group[0]), got)
            if not self.fresh():
                return False
        return all(self._one(item) for item in group)  # stops at the first that ends the judging

    def _one(self, item: batching.Item) -> bool:
        """One item in one request, measured once here; a time near the limit settled in fresh children."""
        if item.generated and self.mixed.failure is not None:
            return True
        assert self.child is not None
        if not self.child.alive() and not self.fresh():  # a generated input ended it: go on in a fresh one
            return False
        # A generated input as a hidden case: one request, and a reading near its limit settled in fresh children.
        case, limit = item.case, item.limit_s
        return self._record(item, _settled_case(self.child, self.problem, self.solution, self.sandbox, case, limit,
                                                self.options, _limit_now(self.problem, case, self.clock, limit),
                                                self.key))

    def _record(self, item: batching.Item, result: Outcome) -> bool:
        """Keep one item's outcome; False if the judging stops here."""
        if item.generated:
            if result.verdict is not Verdict.AC and self.mixed.failure is None:
                self.mixed.failure = fuzz.failure_of(item.case, result)
            self.mixed.count += 1
            return True
        run, case = self.run, item.case
        run.ref_times[case.name] = item.reference_s or 0.0
        run.results.append(CaseResult(case.name, case.group, result.verdict, result.time_s * 1000, result.memory_kb,
                                      result.spread_s * 1000, run.ref_times[case.name] * 1000, item.limit_s * 1000))
        if result.verdict is not Verdict.AC:
            if run.failing is None:
                run.verdict, run.message = result.verdict, result.message
                run.failing = _failing_case(self.problem, case, result)
            return self.options.keep_going and self.child is not None and self.child.alive()
        run.outputs[case.name] = result.value
        run.served[case.name] = result.source_calls or 0
        if result.fresh:  # the outputs kept are a re-measurement's, from a fresh child: so is its replay
            run.history.apart.add(case.name)
        return True


def _going_on(stack: contextlib.ExitStack, child: Child, solution: Path, limits: Limits, sandbox: str,
              problem: Problem) -> tuple[Child, tuple[Verdict, str, FailingCase] | None]:
    """``child`` while it runs with the solution loaded; else a fresh one, loaded, for the cases still to
    judge (and its load failure: the next case then tries another fresh child, never an unloaded one).

    A program's child ends before the last case when a case was stopped at its wall-clock cap (an
    overloaded machine, or a sleep) and fresh children then measured it within its limit
    (``remeasure``): that case is Accepted, but its child was killed; or when a case failed and the
    package's grader goes on (on_reject: continue). The next case, sent to the dead child, read as a
    Runtime Error "killed (signal SIGKILL)" after 0.1 ms, for a right solution.
    """
    if child.alive() and child.loaded:
        return child, None
    child.close()  # its pipes, working folder and cgroup go now, not when the run ends
    child = stack.enter_context(Child(solution, limits, sandbox))
    return child, load(child, problem)[1]


def _reference_s(clock: reference.ReferenceClock, case: Case, timed: dict[tuple[int, str], float]) -> float:
    """The reference's CPU seconds on ``case``, timed beside it; a stream case only once per length.

    The streams of a stream problem differ only in their seed, and the reference's time depends on
    the number of calls, not on the draws: timing it beside every 157,500-call stream (rand10) cost
    as much judge time as the solution itself. A stream case near its limit is still re-timed
    beside its re-measurement (``_limit_now``, remeasure.py), as every case is.
    """
    if case.calls is None:
        return clock.seconds(case)
    key = (case.calls, repr(case.args))
    if key not in timed:
        timed[key] = clock.seconds(case)
    return timed[key]


def _judge_program(problem: KattisProblem, solution: Path, sandbox: str, cases: list[Case],
                   options: RunOptions) -> _Judged:
    """A Kattis package's program: the package's one time limit, and its groups judged and graded by
    their own rules (on_reject, the default grader); no reference is timed beside it. A time near the
    limit, or a stop at the wall clock, is settled in fresh children as a call case's is."""
    from judge.problems.kattis import timelimit

    limit = timelimit.time_limit(problem).limit_s
    run = _Judged([], {}, {}, {})
    limits = Limits(cpu_s=len(cases) * limit * 2 + 60, memory_mb=problem.memory_mb,
                    output_bytes=problem.output_kb * 1024)
    with contextlib.ExitStack() as stack:
        child = stack.enter_context(Child(solution, limits, sandbox))
        run.accounting = child.meter.kind
        run.import_s, load_failure = load(child, problem)
        if load_failure is not None:
            run.verdict, run.message, run.failing = load_failure
            return run

        def judge_case(case: Case) -> Verdict:
            nonlocal child  # a case stopped at its limit ends the child; a later group goes on in a fresh one
            child, failed = _going_on(stack, child, solution, limits, sandbox, problem)
            # The same rule as a call case: a stop at the wall clock, or a reading near the limit, is settled
            # in fresh children (the package's one limit each time); a stop at the CPU kill point is TLE.
            result = _settled_case(child, problem, solution, sandbox, case, limit, options, lambda: limit) \
                if failed is None else Outcome(failed[0], message=failed[1])
            run.results.append(CaseResult(case.name, case.group, result.verdict, result.time_s * 1000,
                                          result.memory_kb, result.spread_s * 1000, None, limit * 1000))
            if result.verdict is not Verdict.AC and run.failing is None:
                run.verdict, run.message = result.verdict, result.message
                run.failing = _failing_case(problem, case, result)
            return result.verdict

        if options.samples_only:
            next((case for case in cases if judge_case(case) is not Verdict.AC), None)
            return run
        by_name = {case.name: case for case in cases}
        run.graded = judge_tree(problem.kattis.data, lambda case: judge_case(by_name[case.name]))
    run.verdict = run.graded.verdict or Verdict.AC
    if run.verdict is Verdict.AC:  # the grader accepted despite a failed case (e.g. accept_if_any_accepted)
        run.message, run.failing = "", None
    return run


def _score(problem: Problem, graded: Graded | None) -> ScoreFigures | None:
    """A scoring package's score, and each group's, as the default grader computed them."""
    if graded is None or not isinstance(problem, KattisProblem) or not problem.kattis.scoring:
        return None
    groups = tuple(GroupScore(g.name, g.verdict.value if g.verdict else "", g.score, g.max_score)
                   for g in graded.groups() if g.name.startswith("secret/"))
    return ScoreFigures(graded.score, max_score(problem.kattis.data), groups)


def _settled_case(child: Child, problem: Problem, solution: Path, sandbox: str, case: Case, limit_s: float,
                  options: RunOptions, limit_now: Callable[[], float], key: bytes | None = None) -> Outcome:
    """One case measured once in the judged child, then the timing rule (docs/timing.md §3): a reading in the
    grey zone, or a stop at the wall clock with CPU below the kill point, settled in fresh children; a stop
    at the CPU kill point TLE at once. The one path of a call case, a generated input and a program's case."""
    result = _run_case(child, problem, case, limit_s, options, key)
    return remeasure.settle_case(problem, solution, sandbox, case, limit_s, result, limit_now, cpu_kill_after,
                                 wall_timeout, key)


def _run_case(child: Child, problem: Problem, case: Case, limit_s: float, options: RunOptions,
              key: bytes | None = None) -> Outcome:
    """One request of one call, timed by the judge; the verdict stands as measured here
    (``remeasure.settle_case`` takes a time near the limit to fresh children)."""
    request = requests.case_request(problem, case)
    # A stream's draws are served and counted here, never counted by the child.
    exchange, taken = draws.request(child, problem, case, request, wall_timeout(limit_s), cpu_kill_after(limit_s), key)
    return replace(outcome.of(exchange, problem, case, limit_s), source_calls=taken)


def _limit_now(problem: Problem, case: Case, clock: reference.ReferenceClock | None,
               limit_s: float) -> Callable[[], float]:
    """The case's limit from a fresh reading of the reference beside a re-measurement (the same
    limit again when there is no clock, as under judge grade, whose figures were measured up front)."""
    return (lambda: problem.time_rule.limit_s(clock.seconds(case))) if clock is not None else (lambda: limit_s)


def _failing_case(problem: Problem, case: Case, result: Outcome) -> FailingCase:
    if problem.kind == "stdio":
        shown_answer = stdio.excerpt(stdio.read_text(case.answer_path))
        actual = stdio.excerpt(result.actual) if isinstance(result.actual, str) else None
        return FailingCase(name=case.name, input={"stdin": stdio.excerpt(stdio.read_text(case.input_path))},
                           expected=shown_answer, actual=actual, message=result.message, hint=result.hint,
                           traceback=result.traceback)
    return FailingCase(
        name=case.name, input=named_input(problem, case), expected=case.expected, actual=result.actual,
        message=result.message, hint=result.hint, stdout=result.stdout, traceback=result.traceback,
    )


__all__ = ["RunOptions", "choose_sandbox", "judge_file", "load_failure_of", "named_input", "with_failing"]
