"""`judge grade --gradescope FILE --assignment ...`: Gradescope's results.json from the CLI."""

from __future__ import annotations

import json

from classgen import SOURCES
from grade_helpers import grade_cli


def test_gradescope_results_for_one_students_folder(tmp_path):
    submission = tmp_path / "submission"
    submission.mkdir()
    (submission / "add_two.py").write_text(SOURCES["add_ok"], encoding="utf-8")
    result = grade_cli("grade", "submission", "--no-fuzz", "--gradescope", "results/results.json",
                       "--assignment", "add-two,sum-list", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "results" / "results.json").read_text(encoding="utf-8"))
    assert document["score"] == 1.0
    assert [(t["name"], t["status"], t["max_score"]) for t in document["tests"]] == [
        ("add-two", "passed", 1.0), ("sum-list", "failed", 1.0)]


def test_assignment_without_gradescope_is_a_usage_error(tmp_path):
    (tmp_path / "submission").mkdir()
    lone = grade_cli("grade", "submission", "--no-fuzz", "--assignment", "add-two", cwd=tmp_path)
    assert lone.exit_code == 2 and "--assignment goes with --gradescope" in lone.output
