"""What a user is shown of a failing case: the input by parameter name, and a result that failed after all."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from judge.judging import stdio
from judge.problems.problem import Case, Problem
from judge.verdict import FailingCase, JudgeResult, Verdict


def named_input(problem: Problem, case: Case) -> dict[str, Any]:
    """The case's arguments by parameter name, as LeetCode shows them."""
    if problem.kind == "stream":
        return {"seed": case.seed, "calls": case.calls}
    if problem.kind == "stdio":
        return {"stdin": stdio.case_input(case)}
    names = list(problem.params) or [f"arg{i}" for i in range(len(case.args))]
    if problem.kind == "object":
        names = ["steps"]
    return {name: value for name, value in zip(names, case.args if problem.kind != "object" else [case.args])}


def with_failing(result: JudgeResult, verdict: Verdict, failing: FailingCase) -> JudgeResult:
    """A copy of ``result`` that failed after all (used by fuzzing)."""
    return replace(result, verdict=verdict, failing_case=failing, message=failing.message)
