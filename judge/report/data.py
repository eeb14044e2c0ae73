"""The JSON shape of a ``JudgeResult``, which other tools rely on (see README, "JSON output").

Keys: problem, verdict, passed, total, time_ms, memory_kb, failing_case (null or
{input, expected, actual, message, ...}), cases [{name, verdict, time_ms, ...}],
sandbox, and the optional blocks fuzz, minimal_case, complexity, stream.
Inputs too large to read are shortened, with the case file and line to find them.
"""

from __future__ import annotations

import json
from typing import Any

from judge.values import show
from judge.verdict import FailingCase, JudgeResult

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
        "message": result.message,
        "failing_case": failing_to_dict(result.failing_case),
        "cases": [
            {"name": c.name, "group": c.group, "verdict": c.verdict.value, "time_ms": round(c.time_ms, 3),
             "spread_ms": round(c.time_spread_ms, 3), "reference_ms": round(c.reference_ms or 0.0, 3),
             "limit_ms": round(c.limit_ms or 0.0, 1), "memory_kb": c.memory_kb}
            for c in result.cases
        ],
    }
    for key, value in result.extra.items():
        data[key] = value
    data.setdefault("fuzz", None)
    data.setdefault("minimal_case", None)
    return data


def dumps(result: JudgeResult) -> str:
    return json.dumps(result_to_dict(result), ensure_ascii=False, indent=2, default=repr)
