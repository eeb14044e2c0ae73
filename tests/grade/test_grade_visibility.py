"""`judge grade --hidden-details`: what students see of a failure on a hidden case.

Gradescope's convention: by default the student-facing outputs (JUnit, Markdown,
Gradescope, the table printed in a CI log) withhold a hidden case's input, expected
output, the solution's output and stdout on it; the teacher's JSON keeps everything.
A failure on a sample is shown in full either way.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from grade_helpers import grade_cli

MARK = "SECRET-STDOUT-7f3a"
# Right on the sample (1 + 2) and on 10^9 + 10^9; wrong on the hidden case "negative" (-5, 2), printing a marker.
HIDDEN_WRONG = f"""class Solution:
    def add(self, a, b):
        if a < 0:
            print("{MARK}")
            return 424242
        return a + b
"""
SAMPLE_WRONG = "class Solution:\n    def add(self, a, b):\n        return a - b\n"


@pytest.fixture(scope="module")
def graded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("visibility")
    for name, source in (("hidden", HIDDEN_WRONG), ("sample", SAMPLE_WRONG)):
        (work / "class" / name).mkdir(parents=True)
        (work / "class" / name / "add-two.py").write_text(source, encoding="utf-8")
    for choice in ("withhold", "show"):
        extra = [] if choice == "withhold" else ["--hidden-details", "show"]  # withhold is the default
        result = grade_cli("grade", "class", "--no-fuzz", "-j", "2", *extra, "--json", f"{choice}.json",
                           "--junit", f"{choice}.xml", "--markdown", f"{choice}.md", cwd=work)
        assert result.exit_code == 0, result.output
        (work / f"{choice}.txt").write_text(result.stdout, encoding="utf-8")
    one = grade_cli("grade", "class/hidden", "--no-fuzz", "--gradescope", "gradescope.json", cwd=work)
    assert one.exit_code == 0, one.output
    return work


def _student_outputs(work: Path, choice: str) -> list[str]:
    return [(work / f"{choice}.{ext}").read_text(encoding="utf-8") for ext in ("xml", "md", "txt")]


def test_hidden_case_details_are_withheld_by_default(graded: Path) -> None:
    texts = _student_outputs(graded, "withhold") + [(graded / "gradescope.json").read_text(encoding="utf-8")]
    for text in texts:
        assert MARK not in text and "424242" not in text and "-5" not in text
    assert "negative" in texts[0] and "not shown" in texts[0]  # the case is named, its content is not


def test_the_teachers_json_keeps_everything(graded: Path) -> None:
    data = json.loads((graded / "withhold.json").read_text(encoding="utf-8"))
    hidden = next(r for r in data["results"] if r["submitter"] == "hidden")
    assert hidden["hidden_case"] is True
    assert hidden["failing_case"]["input"] == {"a": -5, "b": 2} and hidden["failing_case"]["actual"] == 424242
    assert MARK in hidden["failing_case"]["stdout"]


def test_show_and_samples_are_shown_in_full(graded: Path) -> None:
    junit = (graded / "show.xml").read_text(encoding="utf-8")
    assert "424242" in junit and MARK in junit
    for text in _student_outputs(graded, "withhold")[:2]:  # a sample's failure is the statement's example
        assert "expected: 3" in text or "expected 3" in text
