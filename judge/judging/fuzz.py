"""Fuzz a solution against the reference with Hypothesis, and shrink what breaks it.

Generated inputs (the package's ``strategies.inputs()``) are drawn up front from
the run's seed (:func:`generate`) and mixed into the hidden cases at secret places
(:class:`Interleaved`): they go to the *judged* child, between hidden cases, in
requests of exactly the same form (``protocol.case_request``), so a solution cannot
tell a generated input from a hidden case and behave only when judged. The
reference runs in the judge's process (it is trusted problem code) through the same
harness code, and the problem's checker compares the two.

Each generated input is held to its own limit, a factor of the reference's CPU time on
it, as a hidden case is: ``judge run`` times the reference beside it (``ReferenceClock``),
``judge grade`` once per problem in :func:`prepare`, in the same trusted clock child. A
reading near that limit is settled by the same grey-zone rule as a hidden case's
(``remeasure.settle_case``, in the runner), so an overloaded moment cannot fail a
generated input either.

A generated input that fails stops the generated ones (the hidden cases go on, in a
fresh child if it died); once the hidden cases all pass, the failure is shrunk by
Hypothesis to a minimal counterexample (:func:`search`, replaying the same seed in a
fresh child: the verdict is already decided, shrinking only finds a smaller input,
and the input that failed is shown if the search cannot reproduce it). When a
hidden case fails, the same search looks for a smaller failing input to show beside it.

Hypothesis's deadline and its "explain" phase are off (the judge's limits decide
TLE), and its example database is off, so nothing is written to the user's folder.
A generated input that times out stops the search at once: shrinking a timeout
would cost a time limit per step.
"""

from __future__ import annotations

import importlib.util
import json
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

from judge import values
from judge.judging import fuzz_cache, outcome, reference
from judge.judging.failures import named_input, with_failing
from judge.judging.loading import load, load_failure_of
from judge.judging.options import (
    RunOptions,
    cpu_kill_after,
    import_limit_s,
    load_timeout,
    wall_timeout,
)
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.sandbox.harness import Harness
from judge.sandbox.protocol import Status
from judge.verdict import FailingCase, FoundInput, FuzzSummary, JudgeResult, Verdict

DEFAULT_EXAMPLES = 200
FUZZ_CASE = "fuzz"


class _TimedOut(BaseException):
    """Raised through Hypothesis (a BaseException, so it does not shrink) when an input times out,
    or when the solution no longer loads in a fresh child."""


@dataclass
class _Failure:
    verdict: Verdict
    args: list[Any]
    expected: Any
    actual: Any
    message: str
    hint: str | None = None
    traceback: str | None = None


def load_strategies(problem: Problem) -> ModuleType | None:
    path = problem.root / "strategies.py"
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(f"judge_strategies_{problem.slug.replace('-', '_')}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class ReferenceRunner:
    """The reference solution, loaded once in the judge's process through the harness's own code."""

    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.last_s = 0.0
        self.harness = Harness(requests=None, replies=None)
        loaded = self.harness.load(protocol.load_request(problem, str(problem.reference.resolve())))
        if loaded.get("status") != Status.OK:  # the harness's own dict, in this process (trusted)
            from judge.errors import ProblemError

            raise ProblemError(f"{problem.reference}: the reference does not load: {loaded.get('message')}")

    def expected(self, case: Case) -> Any:
        """The reference's answer; ``last_s`` is then its CPU time on it (the judge's own process: trusted)."""
        reply = self.harness.run_case(protocol.case_request(self.problem, case))
        self.last_s = sum(reply.get("cpu_s") or [0.0])
        if reply.get("status") != Status.OK:
            from judge.errors import ProblemError

            raise ProblemError(f"the reference fails on a generated input {case.args!r}: {reply.get('message')}")
        data = reply.get("arg_after") if self.problem.inplace_arg is not None else reply.get("value")
        return json.loads(json.dumps(data))


def generate(problem: Problem, examples: int, seed: int) -> list[list[Any]]:
    """The first ``examples`` inputs Hypothesis generates from ``seed`` (as JSON data), run nowhere.

    :func:`search` with the same seed generates the same inputs in the same order, so
    it meets a recorded failure again and can shrink it.
    """
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as hypothesis_seed

    from judge.paths import keep_hypothesis_out_of_cwd

    keep_hypothesis_out_of_cwd()
    strategies = load_strategies(problem)
    if strategies is None:
        return []
    found: list[list[Any]] = []

    def record(args: list[Any]) -> None:
        found.append(json.loads(json.dumps(args)))

    test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                    phases=[Phase.generate], verbosity=Verbosity.quiet, print_blob=False,
                    suppress_health_check=list(HealthCheck))(given(strategies.inputs())(record))
    hypothesis_seed(seed)(test)()
    return found[:examples]


class Interleaved:
    """Generated inputs placed at secret places among the hidden cases, run in the judged child."""

    def __init__(self, problem: Problem, options: RunOptions, hidden: int) -> None:
        self.problem = problem
        self.seed = options.seed if options.seed is not None else secrets.randbits(32)
        self.examples = options.fuzz_examples or DEFAULT_EXAMPLES
        cached = fuzz_cache.recall(problem, self.examples, self.seed)  # judge grade made them once per problem
        inputs = cached.inputs if cached is not None else generate(problem, self.examples, self.seed)
        self.ref: Any = cached if cached is not None else ReferenceRunner(problem) if inputs else None
        places = secrets.SystemRandom()
        self.slots: list[list[list[Any]]] = [[] for _ in range(hidden + 1)]
        # Slot i runs before hidden case i, the last one after them all; the inputs keep
        # Hypothesis's order (so the same seed meets the same first failure).
        for slot, args in zip(sorted(places.randrange(hidden + 1) for _ in inputs), inputs):
            self.slots[slot].append(args)
        self.count = 0
        self.failure: _Failure | None = None

    def summary(self, shrunk: _Failure | None) -> FuzzSummary:
        return FuzzSummary(examples=self.count, seed=self.seed, counterexample=_found(self.problem, shrunk))


def _attempt(problem: Problem, ref: Any, child: Child, args: list[Any],
             reference_s: Callable[[Case], float | None] | None = None) -> _Failure | None:
    """One generated input in the judged child, in a request shaped like a hidden case's."""
    case = Case(name=FUZZ_CASE, group=FUZZ_CASE, args=args, expected=None, where="generated")
    # The reference's answer is harness-encoded data: an int wider than INT_TAG_BITS is still its tag.
    case = replace(case, expected=values.untagged_ints(ref.expected(case)))
    limit_s = problem.time_rule.limit_s(reference_s(case) if reference_s is not None else None)
    return attempt_case(problem, child, case, limit_s)


def attempt_case(problem: Problem, child: Child, case: Case, limit_s: float) -> _Failure | None:
    """A generated input (``case``, its expected answer filled in) in one request, as a hidden case's."""
    request = protocol.case_request(problem, case)
    result = outcome.of(child.request(request, wall_timeout(limit_s), cpu_kill_after(limit_s)), problem, case, limit_s)
    return None if result.verdict is Verdict.AC else failure_of(case, result)


def failure_of(case: Case, result: outcome.Outcome) -> _Failure:
    """A generated input's failure, from its outcome."""
    return _Failure(result.verdict, case.args, case.expected, result.actual, result.message, result.hint,
                    result.traceback)


def reference_seconds(ref: Any, case: Case) -> float | None:
    """The reference's CPU seconds on a generated input it has just answered (``ref.expected``):
    recorded up front under ``judge grade``, else its time in this process (both trusted)."""
    return ref.seconds(case) if isinstance(ref, fuzz_cache.Prepared) else ref.last_s


def prepared_seconds(ref: Any, case: Case) -> float | None:
    """The reference's CPU seconds on a generated input as :func:`prepare` read them from the kernel
    around a request to its clock child, the figure a hidden case's limit follows (``judge grade``);
    None where they were not measured so (the input is then held to the problem's floor)."""
    return ref.seconds(case) if isinstance(ref, fuzz_cache.Prepared) else None


def first_failing(problem: Problem, solution: Path, sandbox: str, inputs: list[list[Any]]) -> int | None:
    """The index of the first of ``inputs`` (from :func:`generate`) the solution fails, with no
    shrinking: whether fuzzing would catch it at all (``judge check --strength``)."""
    if not inputs:
        return None
    ref = ReferenceRunner(problem)
    limit_s = problem.time_rule.floor_s
    limits = Limits(cpu_s=limit_s * (len(inputs) + 20) + 10, memory_mb=problem.memory_mb,
                    output_bytes=problem.output_kb * 1024)
    child: Child | None = None
    try:
        for index, args in enumerate(inputs):
            if child is None or not child.alive():
                if child is not None:
                    child.close()
                child = Child(solution, limits, sandbox)
                if load(child, problem)[1] is not None:  # a solution that does not load fails every input
                    return index
            if _attempt(problem, ref, child, args) is not None:
                return index
        return None
    finally:
        if child is not None:
            child.close()


def prepare(problem: Problem, examples: int, seed: int) -> None:
    """Generate the inputs for ``seed``, the reference's answers and its CPU time on each once, for
    every later ``Interleaved`` of this problem in this process and its forks (``judge grade``).

    The times are read as ``judge run`` reads them beside each input, and as the hidden cases'
    were (``reference.reference_times``): by the judge, from the kernel, around requests to the
    reference in its own child (``reference.ReferenceClock``). Each generated input's limit
    follows its time (``prepared_seconds``), not the problem's floor."""
    inputs = generate(problem, examples, seed)
    answers: list[Any] = []
    times: list[float] = []
    if inputs:
        ref = ReferenceRunner(problem)
        cases = [Case(FUZZ_CASE, FUZZ_CASE, args, None, "generated") for args in inputs]
        answers = [ref.expected(case) for case in cases]
        with reference.ReferenceClock(problem) as clock:
            times = [clock.seconds(case) for case in cases]
    fuzz_cache.remember(problem, examples, seed, inputs, answers, times)


def search(problem: Problem, solution: Path, sandbox: str, examples: int, seed: int,
           reference_s: Callable[[Case], float | None] | None = None,
           want: Verdict | None = None) -> tuple[int, _Failure | None]:
    """Run up to ``examples`` generated inputs; return how many ran and the minimal failure, if any.
    ``reference_s``: the reference's times the judged run used (else the floor); with ``want`` only a failure
    of that verdict counts (shrinking explains the verdict given: a slow untimed input is not a wrong answer)."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, settings
    from hypothesis import seed as hypothesis_seed

    from judge.paths import keep_hypothesis_out_of_cwd

    keep_hypothesis_out_of_cwd()

    strategies = load_strategies(problem)
    if strategies is None:
        return 0, None
    ref = ReferenceRunner(problem)
    limit_s = problem.time_rule.floor_s
    limits = Limits(cpu_s=limit_s * (examples + 20) + 10, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    state: dict[str, Any] = {"child": None, "count": 0, "failure": None}

    def child() -> Child:
        if state["child"] is None or not state["child"].alive():
            if state["child"] is not None:
                state["child"].close()
            state["child"] = Child(solution, limits, sandbox)
            try:
                state["child"].load(problem, load_timeout(problem), import_limit_s(problem))
            except LoadFailed as failed:
                verdict, text, _ = load_failure_of(failed.exchange, import_limit_s(problem))
                state["failure"] = _Failure(verdict, [], None, None, f"in a fresh process: {text}")
                raise _TimedOut() from None
        return state["child"]

    def attempt(args: list[Any]) -> None:
        state["count"] += 1
        failure = _attempt(problem, ref, child(), json.loads(json.dumps(args)), reference_s)
        if failure is None or (want is not None and failure.verdict is not want):
            return
        state["failure"] = failure
        if failure.verdict is Verdict.TLE:
            raise _TimedOut()
        raise AssertionError(failure.message)

    test = settings(max_examples=examples, deadline=None, database=None, derandomize=False,
                    phases=[Phase.generate, Phase.shrink], verbosity=Verbosity.quiet, print_blob=False,
                    suppress_health_check=list(HealthCheck))(given(strategies.inputs())(attempt))
    test = hypothesis_seed(seed)(test)
    try:
        test()
    except (AssertionError, _TimedOut):
        pass
    except Exception as exc:  # Hypothesis's own complaints (e.g. a flaky solution) still leave a failure
        if state["failure"] is None:
            raise
        state["failure"].message += f" (the search stopped early: {type(exc).__name__})"
    finally:
        if state["child"] is not None:
            state["child"].close()
    return state["count"], state["failure"]


def after_cases(problem: Problem, solution: Path, result: JudgeResult, options: RunOptions, sandbox: str,
                mixed: Interleaved | None = None) -> JudgeResult:
    """Report fuzzing after the hidden cases: a generated input that failed among them
    (shrunk where the search reproduces it); on a hidden failure, a smaller failing input."""
    if result.verdict not in (Verdict.AC, Verdict.WA, Verdict.RE):
        return result
    if result.verdict is not Verdict.AC and (result.failing_case is None or result.failing_case.name in ("import", "compile", "")):
        return result
    if mixed is None:
        mixed = Interleaved(problem, options, 0)
    if result.verdict is Verdict.AC and mixed.failure is None:
        return replace(result, fuzz=mixed.summary(None))
    want = mixed.failure.verdict if result.verdict is Verdict.AC and mixed.failure is not None else result.verdict
    count, failure = search(problem, solution, sandbox, mixed.examples, mixed.seed,
                            lambda case: prepared_seconds(mixed.ref, case), want)
    mixed.count = max(mixed.count, count)  # the search's inputs, shrinking included, as before
    if result.verdict is not Verdict.AC:
        return replace(result, fuzz=mixed.summary(failure), minimal_case=_found(problem, failure))
    failure = failure or mixed.failure
    assert failure is not None
    failing = FailingCase(name="smallest failing input found by fuzzing", input=named_input(problem, _case(failure)),
                          expected=failure.expected, actual=failure.actual,
                          message=f"{failure.message} (on a generated input; the hidden cases all passed)",
                          hint=failure.hint, traceback=failure.traceback)
    return replace(with_failing(result, failure.verdict, failing), fuzz=mixed.summary(failure))


def _case(failure: _Failure) -> Case:
    return Case(name=FUZZ_CASE, group=FUZZ_CASE, args=failure.args, expected=failure.expected, where="generated")


def _found(problem: Problem, failure: _Failure | None) -> FoundInput | None:
    if failure is None:
        return None
    return FoundInput(input=named_input(problem, _case(failure)), expected=failure.expected, actual=failure.actual,
                      verdict=failure.verdict, message=failure.message)
