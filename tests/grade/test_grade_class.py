"""`judge grade` end to end on a generated class: verdicts, and every output format."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import xmlschema
from classgen import EXPECTED, PROBLEMS, UNMATCHED
from grade_helpers import SCHEMA, GradedClass

from judge.problems.catalog import Catalog
from judge.judging.runner import RunOptions, judge_file


def test_each_submission_gets_the_verdict_it_must(graded_class: GradedClass) -> None:
    assert graded_class.verdicts() == EXPECTED


def test_verdicts_equal_what_judge_file_gives_for_the_same_file(graded_class: GradedClass) -> None:
    catalog = Catalog(PROBLEMS)
    sandbox = graded_class.data["options"]["sandbox"]

    def judge(record: dict) -> tuple[str, int, str | None]:
        path = graded_class.folder / record["submitter"] / record["file"]
        result = judge_file(catalog.load(record["problem"]), path, RunOptions(sandbox=sandbox, fuzz=False, seed=0))
        return result.verdict.value, result.passed, result.failing_case and result.failing_case.name

    records = graded_class.data["results"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        alone = list(pool.map(judge, records))
    graded = [(r["verdict"], r["passed"], r["failing_case"] and r["failing_case"]["name"]) for r in records]
    assert graded == alone


def test_json_has_the_documented_shape(graded_class: GradedClass) -> None:
    data = graded_class.data
    for record in data["results"]:
        assert {"submitter", "problem", "file", "verdict", "time_ms", "failing_case"} <= set(record)
    wrong = next(r for r in data["results"] if r["submitter"] == "bob" and r["problem"] == "add-two")
    assert wrong["failing_case"]["input"] == {"a": 1, "b": 2}
    assert (wrong["failing_case"]["expected"], wrong["failing_case"]["actual"]) == (3, -1)
    summary = data["summary"]
    assert (summary["submissions"], summary["accepted"], summary["unmatched"]) == (15, 4, 2)
    assert summary["verdicts"]["TLE"] == 2 and summary["verdicts"]["IE"] == 0
    assert summary["per_problem"]["sum-list"] == {
        "submissions": 6, "accepted": 2, "pass_rate": 0.3333,
        "verdicts": {"AC": 2, "WA": 1, "TLE": 1, "MLE": 0, "RE": 1, "CE": 0, "OLE": 1, "IE": 0}}
    assert data["results"] == sorted(data["results"], key=lambda r: (r["submitter"], r["problem"], r["file"]))


def test_unmatched_files_are_reported_in_every_output(graded_class: GradedClass) -> None:
    assert {f"{u['submitter']}/{u['file']}" for u in graded_class.data["unmatched"]} == UNMATCHED
    assert all("names no problem" in u["reason"] for u in graded_class.data["unmatched"])
    table = graded_class.result.stdout
    markdown = graded_class.markdown.read_text(encoding="utf-8")
    skipped = {f"{case.get('classname')}/{case.get('name').removeprefix('unmatched: ')}"
               for case in ET.parse(graded_class.junit).iter("testcase") if case.find("skipped") is not None}
    assert skipped == UNMATCHED
    for key in UNMATCHED:
        assert key in table
        assert key in markdown


def test_text_table_is_submitters_by_problems(graded_class: GradedClass) -> None:
    rows = {line.split()[0]: line.split()[1:] for line in graded_class.result.stdout.splitlines()[2:10]}
    assert rows["bob"] == ["WA", "TLE", "0/2"]
    assert rows["grace"] == ["WA", "AC", "-", "1/2"]  # two files for add-two: both verdicts
    assert rows["heidi"] == ["TLE", "-", "0/2"]


def test_junit_validates_against_the_common_junit_schema(graded_class: GradedClass) -> None:
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(graded_class.junit))


def test_schema_rejects_what_ci_systems_reject() -> None:
    schema = xmlschema.XMLSchema(str(SCHEMA))
    good = ('<testsuites><testsuite name="a" package="a" id="0" tests="1" failures="1" errors="0" time="0.1" '
            'timestamp="2024-01-01T00:00:00" hostname="h"><properties/><testcase classname="a" name="p" time="0">'
            '<failure type="WA">x</failure></testcase><system-out/><system-err/></testsuite></testsuites>')
    assert schema.is_valid(good)
    assert not schema.is_valid(good.replace(' type="WA"', ""))
    assert not schema.is_valid(good.replace("<system-out/>", ""))
    assert not schema.is_valid(good.replace(' time="0"', ""))


def test_junit_has_a_suite_per_submitter_and_a_case_per_problem(graded_class: GradedClass) -> None:
    root = ET.parse(graded_class.junit).getroot()
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    assert set(suites) == {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"}
    bob = suites["bob"]
    assert (bob.get("tests"), bob.get("failures"), bob.get("errors")) == ("2", "2", "0")
    failures = {c.get("name"): c.find("failure") for c in bob.iter("testcase")}
    assert failures["add-two"].get("type") == "WA"
    assert "a = 1" in failures["add-two"].text and "expected: 3" in failures["add-two"].text
    assert "actual:   -1" in failures["add-two"].text
    assert failures["sum-list"].get("type") == "TLE"
    dave = {c.get("name"): c for c in suites["dave"].iter("testcase")}
    assert dave["add-two"].find("error").get("type") == "CE"
    assert dave["sum-list"].find("failure").get("type") == "OLE"
    carol = suites["carol"]
    assert (carol.get("errors"), carol.get("skipped")) == ("2", "1")
    grace = sorted(c.get("name") for c in suites["grace"].iter("testcase"))
    assert grace == ["add-two (add_two.py)", "add-two (add_two_v1.py)"]


def test_junit_carries_what_a_hostile_solution_printed_as_escapes(graded_class: GradedClass) -> None:
    text = graded_class.junit.read_text(encoding="utf-8")
    assert "\x00" not in text and "\x1b" not in text
    failure = next(c.find("failure") for c in ET.parse(graded_class.junit).iter("testcase")
                   if c.get("name") == "add-two (add_two.py)")
    assert "\\x00\\x1b[31m\\x07 <&> ]]>" in failure.text


def test_markdown_summary_for_the_step_summary(graded_class: GradedClass) -> None:
    text = graded_class.markdown.read_text(encoding="utf-8")
    assert "**15** submissions from **8** submitters on **2** problems: **4** accepted (27%)" in text
    assert "| add-two | 9 | 2 | 22% |" in text
    assert "| sum-list | 6 | 2 | 33% |" in text
    assert "| bob | WA | TLE | 0/2 |" in text
    assert "| grace | WA AC | - | 1/2 |" in text
    assert text.count("<details>") == text.count("</details>") == 11  # one per rejected submission
    assert "<summary>bob · add-two · WA (9999.py)</summary>" in text
    assert not re.search("[\U0001F300-\U0001FAFF\u2600-\u27BF]", text), "verdict codes must be emoji-free"
