"""Gradescope's results.json, checked against the fields and types of the published specification."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from judge.errors import UsageError
from judge.grading.gradebook import Gradebook, Graded, Unmatched
from judge.report import gradescope
from judge.verdict import Verdict

# Gradescope "Autograder Specifications", Output format: every key a results.json may
# hold at the top level and in a test, with the JSON types allowed for it.
NUMBER = (int, float)
TOP_LEVEL: dict[str, Any] = {
    "score": NUMBER, "execution_time": NUMBER, "output": str, "output_format": str,
    "test_output_format": str, "test_name_format": str, "visibility": str,
    "stdout_visibility": str, "extra_data": dict, "tests": list, "leaderboard": list,
}
TEST: dict[str, Any] = {
    "score": NUMBER, "max_score": NUMBER, "status": str, "name": str, "name_format": str,
    "number": str, "output": str, "output_format": str, "tags": list, "visibility": str,
    "extra_data": dict,
}
VISIBILITY = {"hidden", "after_due_date", "after_published", "visible"}
STATUS = {"passed", "failed"}


def conforms(document: dict[str, Any]) -> list[str]:
    """Every way ``document`` breaks the specification (empty when it conforms)."""
    faults = []
    for where, data, allowed in [("top level", document, TOP_LEVEL)] + [
            (f"tests[{i}]", t, TEST) for i, t in enumerate(document.get("tests", []))]:
        for key, value in data.items():
            if key not in allowed:
                faults.append(f"{where}: unknown key {key!r}")
            elif not isinstance(value, allowed[key]) or isinstance(value, bool):
                faults.append(f"{where}: {key} is a {type(value).__name__}")
        if "visibility" in data and data["visibility"] not in VISIBILITY:
            faults.append(f"{where}: visibility {data['visibility']!r}")
        if where != "top level" and data.get("status", "passed") not in STATUS:
            faults.append(f"{where}: status {data['status']!r}")
    if "score" not in document and not all("score" in t for t in document.get("tests", [])):
        faults.append("a score is needed at the top level or on every test")
    return faults


def graded(problem: str, file: str, verdict: Verdict, **extra: Any) -> Graded:
    return Graded(submitter="submission", problem=problem, file=file, verdict=verdict,
                  passed=3 if verdict is Verdict.AC else 1, total=3, time_ms=12.0, **extra)


def student() -> Gradebook:
    failing = {"name": "secret#4", "input": {"s": "ab", "t": "b"}, "expected": "b", "actual": "ab",
               "message": "", "hint": None, "stdout": "debug\n", "traceback": None}
    return Gradebook(results=[
        graded("minimum-window-substring", "76.py", Verdict.WA, failing_case=failing),
        graded("minimum-window-substring", "76_v2.py", Verdict.AC),
        graded("reverse-string", "344.py", Verdict.RE, message="IndexError: list index out of range"),
    ], unmatched=[Unmatched("submission", "notes.py", "names no problem")])


def test_the_written_file_conforms_to_the_specification(tmp_path: Path) -> None:
    path = tmp_path / "results" / "results.json"
    gradescope.write(student(), path, problems=["minimum-window-substring", "reverse-string", "reverse-string-ii"])
    document = json.loads(path.read_text(encoding="utf-8"))
    assert conforms(document) == []
    assert {"score", "output", "visibility", "tests"} <= set(document)
    assert all({"name", "score", "max_score", "status", "output", "visibility"} <= set(t) for t in document["tests"])


def test_scores_one_test_per_problem_all_or_nothing() -> None:
    document = gradescope.results(student(), problems=["reverse-string-ii"], points={"reverse-string": 2})
    tests = {t["name"]: t for t in document["tests"]}
    assert list(tests) == ["minimum-window-substring", "reverse-string", "reverse-string-ii"]
    # 76_v2.py is Accepted: the problem passes once, although two files were sent
    assert (tests["minimum-window-substring"]["status"], tests["minimum-window-substring"]["score"]) == ("passed", 1.0)
    assert "76.py" in tests["minimum-window-substring"]["output"]
    assert (tests["reverse-string"]["score"], tests["reverse-string"]["max_score"]) == (0.0, 2.0)
    assert "IndexError" in tests["reverse-string"]["output"]
    assert tests["reverse-string-ii"]["status"] == "failed"
    assert "No file" in tests["reverse-string-ii"]["output"]
    assert document["score"] == 1.0
    assert "notes.py" in document["output"] and "1 of 3" in document["output"]


def test_a_wrong_answer_shows_the_failing_case() -> None:
    tests = gradescope.results(student())["tests"]
    output = tests[0]["output"]
    assert "secret#4" in output and "expected" in output


def test_visibility_is_passed_through_and_checked() -> None:
    document = gradescope.results(student(), visibility="after_published", test_visibility="hidden")
    assert document["visibility"] == "after_published"
    assert {t["visibility"] for t in document["tests"]} == {"hidden"}
    with pytest.raises(UsageError, match="one of visible, hidden"):
        gradescope.results(student(), visibility="secret")


def test_refuses_a_class_of_several_students() -> None:
    book = student()
    book.results.append(Graded("bob", "reverse-string", "344.py", Verdict.AC))
    with pytest.raises(UsageError, match="one submission.*2 submitters"):
        gradescope.results(book)


def test_the_conformance_check_itself_catches_faults() -> None:
    bad = {"score": "10", "tests": [{"status": "ok", "visibility": "public", "grade": 1}]}
    faults = conforms(bad)
    assert any("score is a str" in f for f in faults)
    assert any("unknown key 'grade'" in f for f in faults)
    assert any("status 'ok'" in f for f in faults)
    assert any("visibility 'public'" in f for f in faults)
