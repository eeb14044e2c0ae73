"""``judge run --case``: run your solution and the reference on inputs you wrote, side by side.

LeetCode's "Run" button: no hidden case is involved or revealed. For each case
(already parsed and validated by ``judge.problems.custom_input``):

1. the reference runs it in a child of its own (same sandbox), timed; its
   output becomes the case's expected value;
2. your solution runs it in its sandboxed child, held to the limit the reference's
   time gives (``TimeRule``), and the problem's checker compares the two outputs.

Stream problems (rand10) run ``calls`` calls of each on the same draws (fixed by the seed); the
checker judges your outputs alone (any uniform output is right), and the
distribution of both is reported. The replay checks of a full ``judge run`` are not
made here.
"""

from __future__ import annotations

import contextlib
import copy
import hashlib
import math
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from judge import untrusted, values
from judge.errors import ProblemError, SolutionError
from judge.judging import advice, draws, outcome, requests
from judge.judging.reference import why_unusable
from judge.judging.failures import named_input
from judge.judging.loading import load
from judge.judging.options import LOAD_TIMEOUT_S, RunOptions, choose_sandbox, cpu_kill_after, require_modules, wall_timeout
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Child, Exchange, Limits, LoadFailed
from judge.verdict import Verdict

REFERENCE_TIMEOUT_S = 60.0
# Custom runs judge nothing hidden, so their draws need no secret: a fixed key makes a stream's
# draws a function of the seed the user gave, the same for the reference and the solution, run
# after run (`judge run 470 --case 'calls = 100, seed = 7'` repeats exactly).
CUSTOM_KEY = hashlib.sha256(b"judge run --case").digest()


@dataclass(frozen=True)
class CustomOutcome:
    """One case: both outputs, whether they agree, and how yours ran."""

    name: str
    where: str
    input: dict[str, Any]
    verdict: Verdict  # AC: your output agrees with the reference's (through the checker)
    returned: bool  # whether your solution returned at all (False: it raised, timed out, ...)
    yours: Any
    reference: Any
    message: str = ""
    hint: str | None = None
    stdout: str = ""
    traceback: str | None = None
    time_ms: float = 0.0
    reference_ms: float = 0.0
    limit_ms: float = 0.0
    distribution: tuple[tuple[Any, int, int], ...] | None = None  # stream: (value, yours, reference)
    note: str = ""

    @property
    def agrees(self) -> bool:
        return self.verdict is Verdict.AC


@dataclass(frozen=True)
class CustomReport:
    """Every case of one ``judge run --case`` (or why the solution did not even load)."""

    problem: str
    solution: str
    sandbox: str
    checker: str
    outcomes: tuple[CustomOutcome, ...]
    load_verdict: Verdict | None = None
    load_message: str = ""
    load_traceback: str | None = None

    @property
    def all_agree(self) -> bool:
        return self.load_verdict is None and all(o.agrees for o in self.outcomes)


def run_custom(problem: Problem, solution: Path, cases: list[Case], options: RunOptions = RunOptions()) -> CustomReport:
    """Run ``cases`` through the reference and ``solution``; see the module docstring."""
    if not solution.is_file():
        raise SolutionError(f"no solution file at {solution}; create it with `judge start {problem.slug}` "
                            f"or pass --solution PATH")
    require_modules(problem)
    sandbox = choose_sandbox(options.sandbox)
    limits = Limits(cpu_s=len(cases) * problem.time_rule.floor_s * 2 + 60, memory_mb=problem.memory_mb,
                    output_bytes=problem.output_kb * 1024)
    ref_limits = Limits(cpu_s=REFERENCE_TIMEOUT_S * 4, memory_mb=max(problem.memory_mb * 4, 1024),
                        output_bytes=1 << 24)
    report = CustomReport(problem.slug, str(solution), sandbox, problem.checker, ())
    with contextlib.ExitStack() as stack:
        reference = stack.enter_context(Child(problem.reference, ref_limits, sandbox))
        try:
            reference.load(problem, LOAD_TIMEOUT_S)
        except LoadFailed as failed:
            raise ProblemError(f"{problem.reference}: the reference solution does not load: {why_unusable(failed.exchange)}")
        child = stack.enter_context(Child(solution, limits, sandbox))
        _, failure = load(child, problem)
        if failure is not None:
            verdict, message, failing = failure
            hint = advice.hint_for(message, verdict, solution, problem.entry_names)
            return untrusted.cleaned(replace(report, load_verdict=verdict, load_traceback=failing.traceback,
                                             load_message=message + (f"\nhint: {hint}" if hint else "")))
        found = tuple(_one(child, reference, problem, solution, case, options) for case in cases)
    return untrusted.cleaned(replace(report, outcomes=found))  # no lone surrogate reaches a report


def _one(child: Child, reference: Child, problem: Problem, solution: Path, case: Case,
         options: RunOptions) -> CustomOutcome:
    expected, ref_s = _reference_output(reference, problem, case)
    case = replace(case, expected=expected)
    limit = _limit(problem, ref_s)
    request = requests.case_request(problem, case)  # one call, timed by the judge, as in judge run
    exchange, _ = draws.request(child, problem, case, request, wall_timeout(limit), cpu_kill_after(limit),
                                key=CUSTOM_KEY)
    judged = outcome.of(exchange, problem, case, limit)
    yours, returned = _your_output(exchange, problem)
    shown_reference = expected
    distribution = None
    note = ""
    if problem.kind == "stream":
        distribution = _distribution(yours if returned else [], expected)
        shown_reference = None
        note = _short_stream_note(problem, case.calls or 0)
    return CustomOutcome(
        name=case.name, where=case.where, input=named_input(problem, case), verdict=judged.verdict,
        returned=returned, yours=yours, reference=shown_reference, message=judged.message,
        hint=judged.hint or advice.hint_for(judged.message, judged.verdict, solution, problem.entry_names),
        stdout=judged.stdout or _stdout(exchange), traceback=judged.traceback, time_ms=judged.time_s * 1000,
        reference_ms=ref_s * 1000, limit_ms=limit * 1000, distribution=distribution,
        note=note,
    )


def _limit(problem: Problem, ref_s: float) -> float:
    """The case's limit: from the reference's time, or a Kattis package's one limit."""
    from judge.problems.kattis.problem import KattisProblem

    if isinstance(problem, KattisProblem):
        from judge.problems.kattis import timelimit

        return timelimit.time_limit(problem).limit_s
    return problem.time_rule.limit_s(ref_s)


def _reference_output(reference: Child, problem: Problem, case: Case) -> tuple[Any, float]:
    """(the reference's output as a case file's expected value, its CPU seconds as the judge reads them)."""
    request = requests.case_request(problem, case)
    exchange, _ = draws.request(reference, problem, case, request, REFERENCE_TIMEOUT_S, REFERENCE_TIMEOUT_S,
                                key=CUSTOM_KEY)
    reply = exchange.reply
    if reply is None or not reply.ok:
        raise ProblemError(f"{case.where}: the reference solution of {problem.slug} fails on this input although "
                           f"its validator.py accepts it: {why_unusable(exchange)} (tell the problem's author)")
    value = outcome.shown_actual(outcome.rebuilt(reply), problem)
    return values.plain(copy.deepcopy(value)), exchange.cpu_s  # rebuilt: plain data (json could not hold a wide int)


def _your_output(exchange: Exchange, problem: Problem) -> tuple[Any, bool]:
    reply = exchange.reply
    if reply is None or not reply.ok:
        return None, False
    try:
        return outcome.shown_actual(outcome.rebuilt(reply), problem), True
    except values.Malformed:
        return None, False


def _stdout(exchange: Exchange) -> str:
    return exchange.reply.stdout if exchange.reply is not None else ""


def _distribution(yours: Any, reference: Any) -> tuple[tuple[Any, int, int], ...]:
    """How often each output came, from yours and from the reference (values sorted)."""
    mine = Counter(values.hashable(v) for v in yours) if isinstance(yours, list) else Counter()
    theirs = Counter(values.hashable(v) for v in reference) if isinstance(reference, list) else Counter()
    keys = sorted(set(mine) | set(theirs), key=lambda k: (type(k).__name__, k if isinstance(k, (int, float)) else str(k)))
    return tuple((key, mine[key], theirs[key]) for key in keys)


def _short_stream_note(problem: Problem, calls: int) -> str:
    """What the statistical checker cannot test with this few calls (it skips tests a short stream cannot support)."""
    from judge.checkers.statistical import min_expected

    k = int(getattr(problem.checker_options, "outcomes", 10))
    frequencies = math.ceil(k * min_expected(k - 1))
    pairs = math.ceil(2 * k * k * min_expected(k * k - 1))
    if calls >= pairs:
        return ""
    if calls >= frequencies:
        return (f"{calls:,} calls test the range and the frequencies; pairs of outputs are tested from "
                f"{pairs:,} calls (judge run makes more)")
    return (f"{calls:,} calls test only the range of the outputs; their frequencies are tested from "
            f"{frequencies:,} calls, pairs from {pairs:,}")


__all__ = ["CustomOutcome", "CustomReport", "run_custom"]
