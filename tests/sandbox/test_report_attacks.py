"""What a solution puts in its strings, and a student in their folder names, cannot break a report.

Lone surrogates (from a returned string, a print, or a folder name that is not UTF-8) made
``judge run`` and ``judge grade`` stop with an internal error when writing UTF-8; escape
codes and carriage returns from the solution or a folder name reached the terminal through
the custom-run and grading reports. Each run here must exit 0/1 with valid UTF-8 output
(one JSON document where JSON was asked for), bounded, with no control character of the
attacker's in text meant for a terminal or Markdown, and nothing left running.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from attack_runs import MAX_REPORT_BYTES, Run, judge
from fixture_paths import FIXTURE_PROBLEMS, TESTS

ATTACKS = TESTS / "fixtures" / "attacks_reports"
CONTROL = ("\x1b", "\r", "\x07")


def _run(args: list[str], workdir: Path) -> Run:
    return judge(["--problems", str(FIXTURE_PROBLEMS), *args], workdir)


def _assert_clean_text(text: str) -> None:
    assert not any(c in text for c in CONTROL), text[:500]


@pytest.mark.parametrize("fmt", ["json", "text"])
def test_lone_surrogates_in_a_run(tmp_path: Path, fmt: str) -> None:
    run = _run(["run", "add-two", "--solution", str(ATTACKS / "lone_surrogates.py"), "--no-fuzz",
                "--format", fmt], tmp_path)  # recorded in the history too (a private one)
    assert run.status == 1, run.stderr[-2000:]
    assert run.stdout != "<not UTF-8>" and len(run.stdout) < MAX_REPORT_BYTES
    if fmt == "json":
        assert run.report["verdict"] == "WA"
        assert "\\xff" in run.report["failing_case"]["actual"]  # the byte is shown, escaped
    assert not run.left_running()


@pytest.mark.parametrize("name", ["lone_surrogates", "escape_codes"])
def test_custom_run_report_shows_no_control_characters(tmp_path: Path, name: str) -> None:
    run = _run(["run", "add-two", "--case", "a = 1, b = 2", "--solution", str(ATTACKS / f"{name}.py"),
                "--no-record", "--format", "text"], tmp_path)
    assert run.status == 1, run.stderr[-2000:]
    assert run.stdout != "<not UTF-8>"
    _assert_clean_text(run.stdout)
    assert ("Accepted" if name == "escape_codes" else "printed") in run.stdout  # shown escaped, not dropped


def _strict(text: str) -> object:
    def refuse(token: str) -> object:
        raise ValueError(f"{token} is not JSON")

    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("case", [[], ["--case", "a = 1, b = 2"]], ids=["judged", "custom"])
def test_non_finite_values_are_standard_json(tmp_path: Path, case: list[str]) -> None:
    run = _run(["run", "add-two", *case, "--solution", str(ATTACKS / "returns_nan.py"), "--no-fuzz", "--no-record",
                "--format", "json"], tmp_path)
    assert run.status == 1, run.stderr[-2000:]
    report = _strict(run.stdout)
    shown = report["failing_case"]["actual"] if not case else report["cases"][0]["yours"]  # type: ignore[index]
    assert shown == ["NaN", "Infinity", "-Infinity"]
    assert not run.left_running()


def test_grading_survives_hostile_names_and_strings(tmp_path: Path) -> None:
    submissions = tmp_path / "submissions"
    painted = submissions / "\x1b[32mAccepted\x1b[0m\rmallory"
    painted.mkdir(parents=True)
    shutil.copy(ATTACKS / "escape_codes.py", painted / "add-two.py")
    (submissions / "eve").mkdir()
    shutil.copy(ATTACKS / "lone_surrogates.py", submissions / "eve" / "add-two.py")
    not_utf8 = os.fsencode(submissions) + b"/bad\xffname"
    os.mkdir(not_utf8)
    shutil.copy(FIXTURE_PROBLEMS / "add-two" / "reference.py", os.fsdecode(not_utf8 + b"/add-two.py"))
    (submissions / "eve" / "\x1b[2J\nnotes.py").write_text("x = 1\n")
    out = tmp_path / "out"
    out.mkdir()
    run = _run(["grade", str(submissions), "-j", "2", "--no-fuzz", "--hidden-details", "show",
                "--json", str(out / "g.json"), "--markdown", str(out / "g.md"), "--junit", str(out / "g.xml"),
                "--results", str(out / "log.jsonl")], tmp_path / "work")
    assert run.status == 0, run.stderr[-2000:]
    for name in ("g.json", "g.md", "g.xml", "log.jsonl"):
        (out / name).read_bytes().decode("utf-8")
    _strict((out / "g.json").read_text())
    verdicts = {r["submitter"]: r["verdict"] for r in json.loads((out / "g.json").read_text())["results"]}
    assert verdicts == {"\x1b[32mAccepted\x1b[0m\rmallory": "RE", "eve": "WA", "bad\\xffname": "AC"}
    _assert_clean_text(run.stdout)
    _assert_clean_text(run.stderr)
    markdown = (out / "g.md").read_text()
    _assert_clean_text(markdown)
    assert "\n## " not in markdown.split("### Files that name no problem")[-1]  # a newline in a name starts nothing
    assert not run.left_running()
