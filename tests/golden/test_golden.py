"""Golden files for the output shapes the README calls stable.

``judge run --format json`` (on the fixture problem add-two) and ``judge grade --junit``
(on a small class of the grade fixtures) are compared, after the fields that vary
between runs are normalised (times, memory, paths, host, timestamp), against the
files beside this test. A change to either shape then shows up as a diff here and
has to be made on purpose: rerun with ``JUDGE_UPDATE_GOLDEN=1`` to rewrite the files,
and review the diff like code (the README's "JSON output" section must agree).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import Result

from fixture_paths import TESTS

GOLDEN = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS / "grade"))  # the grade tests' class generator

from classgen import WORKFLOW_CLASS, write_class  # noqa: E402
from grade_helpers import grade_cli  # noqa: E402

ADD_WRONG = "class Solution:\n    def add(self, a, b):\n        return a - b\n"
ADD_RIGHT = "def add_two(a, b):\n    return a + b\n"
VOLATILE_RUN = {"time_ms", "memory_kb", "reference_time_ms", "reference_ratio", "spread_ms", "reference_ms",
                "limit_ms", "solution", "import_ms",
                "accounting", "cpu", "memory", "processes",  # limits: the kernel's or the fallback's, per machine
                "ratio", "large_ratio", "faster_than", "slow", "growth", "reference_growth"}  # standing


def _normalised(value: Any) -> Any:
    """The JSON with every run-dependent number or path replaced by its key's name."""
    if isinstance(value, dict):
        return {k: (f"<{k}>" if k in VOLATILE_RUN and v is not None else _normalised(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalised(v) for v in value]
    return value


def _compare(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("JUDGE_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"no golden file {path}; create it with JUDGE_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} changed; if on purpose, rerun with JUDGE_UPDATE_GOLDEN=1"


@pytest.mark.parametrize("golden, source", [("run_wrong_answer.json", ADD_WRONG), ("run_accepted.json", ADD_RIGHT)])
def test_run_json_shape(golden: str, source: str, cli: Callable[..., Result],
                        write_solution: Callable[[str], Path]) -> None:
    path = write_solution(source)
    result = cli("run", "add-two", "--solution", str(path), "--format", "json", "--no-record",
                 "--sandbox", "process", "--seed", "7", "--fuzz-examples", "30")
    data = json.loads(result.stdout)
    _compare(golden, json.dumps(_normalised(data), ensure_ascii=False, indent=2) + "\n")


def _normalised_junit(text: str, work: Path) -> str:
    text = re.sub(r'(time|timestamp|hostname)="[^"]*"', r'\1="<\1>"', text)
    text = text.replace(str(work), "<work>")
    return re.sub(r"\d+(\.\d+)? (ms|MB|KB|s)\b", r"<n> \2", text)


def test_grade_junit_shape(tmp_path: Path) -> None:
    write_class(tmp_path / "class", WORKFLOW_CLASS)
    result = grade_cli("grade", "class", "-j", "1", "--no-fuzz", "--sandbox", "process", "--junit", "out.xml",
                       "--json", "out.json", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    _compare("grade_junit.xml", _normalised_junit((tmp_path / "out.xml").read_text(encoding="utf-8"), tmp_path))


def test_every_optional_block_in_its_place() -> None:
    """A result with all four optional blocks (stream and complexity appear only when set)."""
    from judge.report.data import dumps
    from judge.verdict import (CaseResult, Complexity, FoundInput, FuzzSummary, GrowthPoint, JudgeResult,
                               StreamFigures, Verdict)

    found = FoundInput(input={"a": 0, "b": 1}, expected=1, actual=-1, verdict=Verdict.WA, message="differs")
    result = JudgeResult(
        problem="add-two", solution="x.py", verdict=Verdict.AC, passed=1, total=1, time_ms=1.0, memory_kb=2,
        cases=(CaseResult("sample#1", "sample", Verdict.AC, 1.0, 2, 0.5, 0.25, 1000.0),), sandbox="bwrap",
        reference_time_ms=0.25, fuzz=FuzzSummary(examples=3, seed=5, counterexample=found), minimal_case=found,
        stream=StreamFigures(calls_per_output=2.5, entropy_bound=1.18, rejection_sampling=2.45),
        complexity=Complexity(exponent=1.02, reference_exponent=None, points=(GrowthPoint(64, 0.001),),
                              reference_points=(GrowthPoint(64, 0.002),)),
    )
    _compare("result_all_blocks.json", dumps(result) + "\n")
