"""Fuzz a solution against the reference with Hypothesis, and shrink what breaks it.

After the hidden cases pass, generated inputs (the package's ``strategies.inputs()``)
go to the user's solution in its sandboxed child, one request each; the reference
runs in the judge's process (it is trusted problem code) through the same harness
code, and the problem's checker compares the two. A mismatch or a crash is shrunk
by Hypothesis to a minimal counterexample. When a hidden case already failed, the
same search looks for a smaller failing input to show beside it.

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
from typing import Any

from judge.judging import outcome
from judge.judging.runner import (
    RunOptions,
    cpu_kill_after,
    named_input,
    wall_timeout,
    with_failing,
)
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits
from judge.sandbox.harness import Harness
from judge.verdict import FailingCase, FoundInput, FuzzSummary, JudgeResult, Verdict

DEFAULT_EXAMPLES = 200
FUZZ_CASE = "fuzz"


class _TimedOut(BaseException):
    """Raised through Hypothesis (a BaseException, so it does not shrink) when an input times out."""


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
        self.harness = Harness(requests=None, replies=None)
        loaded = self.harness.load(protocol.load_request(problem, str(problem.reference.resolve())))
        if loaded.get("status") != "ok":
            from judge.errors import ProblemError

            raise ProblemError(f"{problem.reference}: the reference does not load: {loaded.get('message')}")

    def expected(self, case: Case) -> Any:
        reply = self.harness.run_case(protocol.case_request(self.problem, case))
        if reply.get("status") != "ok":
            from judge.errors import ProblemError

            raise ProblemError(f"the reference fails on a generated input {case.args!r}: {reply.get('message')}")
        data = reply.get("arg_after") if self.problem.inplace_arg is not None else reply.get("value")
        return json.loads(json.dumps(data))


def search(problem: Problem, solution: Path, sandbox: str, examples: int, seed: int) -> tuple[int, _Failure | None]:
    """Run up to ``examples`` generated inputs; return how many ran and the minimal failure, if any."""
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
            state["child"].request(protocol.load_request(problem, str(solution.resolve())), 10.0)
        return state["child"]

    def attempt(args: list[Any]) -> None:
        state["count"] += 1
        case = Case(name=FUZZ_CASE, group=FUZZ_CASE, args=json.loads(json.dumps(args)), expected=None, where="generated")
        case = replace(case, expected=ref.expected(case))
        exchange = child().request(protocol.case_request(problem, case), wall_timeout(limit_s), cpu_kill_after(limit_s))
        result = outcome.of(exchange, problem, case, limit_s)
        if result.verdict is Verdict.AC:
            return
        state["failure"] = _Failure(result.verdict, case.args, case.expected, result.actual, result.message,
                                    result.hint, result.traceback)
        if result.verdict is Verdict.TLE:
            raise _TimedOut()
        raise AssertionError(result.message)

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


def after_cases(problem: Problem, solution: Path, result: JudgeResult, options: RunOptions, sandbox: str) -> JudgeResult:
    """Fuzz after the hidden cases; on a hidden failure, look for a smaller one instead."""
    if result.verdict not in (Verdict.AC, Verdict.WA, Verdict.RE):
        return result
    if result.verdict is not Verdict.AC and (result.failing_case is None or result.failing_case.name in ("import", "compile", "")):
        return result
    seed = options.seed if options.seed is not None else secrets.randbits(32)
    examples = options.fuzz_examples or DEFAULT_EXAMPLES
    count, failure = search(problem, solution, sandbox, examples, seed)
    found = _found(problem, failure)
    summary = FuzzSummary(examples=count, seed=seed, counterexample=found)
    if result.verdict is Verdict.AC:
        if failure is None:
            return replace(result, fuzz=summary)
        failing = FailingCase(name="smallest failing input found by fuzzing", input=named_input(problem, _case(failure)),
                              expected=failure.expected, actual=failure.actual,
                              message=f"{failure.message} (on a generated input; the hidden cases all passed)",
                              hint=failure.hint, traceback=failure.traceback)
        return replace(with_failing(result, failure.verdict, failing), fuzz=summary)
    return replace(result, fuzz=summary, minimal_case=found)


def _case(failure: _Failure) -> Case:
    return Case(name=FUZZ_CASE, group=FUZZ_CASE, args=failure.args, expected=failure.expected, where="generated")


def _found(problem: Problem, failure: _Failure | None) -> FoundInput | None:
    if failure is None:
        return None
    return FoundInput(input=named_input(problem, _case(failure)), expected=failure.expected, actual=failure.actual,
                      verdict=failure.verdict, message=failure.message)
