"""The JSON shape of a ``JudgeResult``, which other tools rely on (see README, "JSON output").

Keys: problem, verdict, passed, total, time_ms, memory_kb, failing_case (null or
{input, expected, actual, message, ...}), cases [{name, verdict, time_ms, ...}],
sandbox, limits (who bounded time, memory and processes: {accounting, cpu, memory,
processes}), import_ms, then the blocks fuzz and minimal_case (always present, null when absent),
then stream, complexity, score and standing (present only when the run produced them), in that order.
Inputs too large to read are shortened, with the case file and line to find them.
"""

from __future__ import annotations

import dataclasses

import json
from typing import Any

from judge.untrusted import json_text
from judge.values import show
from judge.verdict import Bounds, Complexity, FailingCase, FoundInput, FuzzSummary, JudgeResult, StreamFigures

FULL_VALUE_CHARS = 10_000


def _value(value: Any) -> Any:
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return value if len(text) <= FULL_VALUE_CHARS else show(value, 400)


def failing_to_dict(failing: FailingCase | None) -> dict[str, Any] | None:
    if failing is None:
        return None
    return {
        "name": failing.name,
        "input": {k: _value(v) for k, v in failing.input.items()},
        "expected": _value(failing.expected),
        "actual": _value(failing.actual),
        "message": failing.message,
        "hint": failing.hint,
        "stdout": failing.stdout,
        "traceback": failing.traceback,
    }


def result_to_dict(result: JudgeResult) -> dict[str, Any]:
    data: dict[str, Any] = {
        "problem": result.problem,
        "solution": result.solution,
        "verdict": result.verdict.value,
        "verdict_title": result.verdict.title,
        "passed": result.passed,
        "total": result.total,
        "time_ms": round(result.time_ms, 3),
        "memory_kb": result.memory_kb,
        "reference_time_ms": round(result.reference_time_ms or 0.0, 3),
        "reference_ratio": round(result.time_ms / result.reference_time_ms, 3) if result.reference_time_ms else None,
        "sandbox": result.sandbox,
        "limits": bounds_to_dict(result.limits),
        "import_ms": round(result.import_ms, 3) if result.import_ms is not None else None,
        "message": result.message,
        "failing_case": failing_to_dict(result.failing_case),
        "cases": [
            {"name": c.name, "group": c.group, "verdict": c.verdict.value, "time_ms": round(c.time_ms, 3),
             "spread_ms": round(c.time_spread_ms, 3), "reference_ms": round(c.reference_ms or 0.0, 3),
             "limit_ms": round(c.limit_ms or 0.0, 1), "memory_kb": c.memory_kb}
            for c in result.cases
        ],
    }
    data["fuzz"] = fuzz_to_dict(result.fuzz)
    data["minimal_case"] = found_to_dict(result.minimal_case)
    if result.stream is not None:
        data["stream"] = stream_to_dict(result.stream)
    if result.complexity is not None:
        data["complexity"] = complexity_to_dict(result.complexity)
    if result.score is not None:
        data["score"] = {"score": result.score.score, "max_score": result.score.max_score,
                         "groups": [{"name": g.name, "verdict": g.verdict or None, "score": g.score,
                                     "max_score": g.max_score} for g in result.score.groups]}
    if result.standing is not None:
        data["standing"] = dataclasses.asdict(result.standing)
    return data


def bounds_to_dict(bounds: Bounds | None) -> dict[str, str] | None:
    if bounds is None:
        return None
    return {"accounting": bounds.accounting, "cpu": bounds.cpu, "memory": bounds.memory,
            "processes": bounds.processes}


def found_to_dict(found: FoundInput | None) -> dict[str, Any] | None:
    if found is None:
        return None
    return {"input": found.input, "expected": found.expected, "actual": found.actual,
            "verdict": found.verdict.value, "message": found.message}


def fuzz_to_dict(fuzz: FuzzSummary | None) -> dict[str, Any] | None:
    if fuzz is None:
        return None
    return {"examples": fuzz.examples, "seed": fuzz.seed, "counterexample": found_to_dict(fuzz.counterexample)}


def stream_to_dict(figures: StreamFigures) -> dict[str, float]:
    data = {"calls_per_output": figures.calls_per_output, "entropy_bound": figures.entropy_bound,
            "rejection_sampling": figures.rejection_sampling}
    if figures.detectable_tv_singles is not None:
        data.update(detectable_tv_singles=figures.detectable_tv_singles, detectable_tv_pairs=figures.detectable_tv_pairs
                    or 1.0, detectable_tv_power=figures.detectable_tv_power or 0.0)
    return data


def complexity_to_dict(block: Complexity) -> dict[str, Any]:
    return {
        "exponent": block.exponent,
        "reference_exponent": block.reference_exponent,
        "points": [{"n": p.n, "seconds": p.seconds} for p in block.points],
        "reference_points": [{"n": p.n, "seconds": p.seconds} for p in block.reference_points],
        "uncertainty": block.uncertainty,
        "reference_uncertainty": block.reference_uncertainty,
        "family": block.family,
        "exponents": dict(block.exponents),
    }


def complexity_from_dict(data: dict[str, Any]) -> Complexity:
    """The inverse of ``complexity_to_dict`` (for tools that read ``--format json`` back)."""
    from judge.verdict import GrowthPoint

    return Complexity(
        exponent=data.get("exponent"), reference_exponent=data.get("reference_exponent"),
        points=tuple(GrowthPoint(p["n"], p["seconds"]) for p in data.get("points", [])),
        reference_points=tuple(GrowthPoint(p["n"], p["seconds"]) for p in data.get("reference_points", [])),
        uncertainty=data.get("uncertainty"), reference_uncertainty=data.get("reference_uncertainty"),
        family=data.get("family"), exponents=dict(data.get("exponents") or {}),
    )


def dumps(result: JudgeResult) -> str:
    return json_text(result_to_dict(result))  # standard JSON: a returned NaN is the string "NaN"
