"""Calibrated time limits (judge.problems.calibration): the arithmetic and the file, no timing."""

from __future__ import annotations

import json
import shutil

import pytest

from judge.errors import ProblemError
from judge.problems import calibration
from judge.problems.calibration import CaseTime
from judge.problems.problem import TimeRule, load_problem
from fixture_paths import FIXTURE_PROBLEMS as PROBLEMS


def test_small_cases_give_no_ratio_and_the_worst_timed_case_decides():
    found = calibration.figures([
        CaseTime("tiny", 0.004, 0.0001),  # reference too fast to time: no ratio
        CaseTime("large-1", 0.060, 0.030),
        CaseTime("large-2", 0.150, 0.050),
        CaseTime("large-3", 0.040, 0.040),
    ])
    assert found.worst_ratio == pytest.approx(3.0) and found.worst_case == "large-2"
    assert found.median_ratio == pytest.approx(2.0)
    assert found.slowest_small_s == pytest.approx(0.004)
    assert found.total_ratio == pytest.approx(0.254 / 0.1201)


def test_the_factor_is_the_slowest_accepted_times_two_rounded_up():
    a = calibration.figures([CaseTime("x", 0.031, 0.010)])
    b = calibration.figures([CaseTime("x", 0.012, 0.010)])
    assert calibration.time_factor([a, b]) == pytest.approx(6.2)
    # a reference faster than every submission still leaves the limit at 2x the reference
    assert calibration.time_factor([calibration.figures([CaseTime("x", 0.005, 0.010)])]) == pytest.approx(2.0)


def test_the_floor_covers_the_slowest_small_case_with_room_for_drift():
    slow_small = calibration.figures([CaseTime("tiny", 0.2, 0.001)])
    assert calibration.time_floor([slow_small]) == pytest.approx(0.2 * calibration.FLOOR_MULTIPLIER)
    assert calibration.time_floor([calibration.figures([CaseTime("tiny", 0.001, 0.001)])]) == calibration.DEFAULT_FLOOR_S


def test_margins():
    assert calibration.ac_margin(6.0, 3.0) == pytest.approx(2.0)
    assert calibration.tle_separated(6.0, 9.1) and not calibration.tle_separated(6.0, 8.9)


def test_stretched_rule_scales_both_figures():
    rule = TimeRule(0.2, 6.0, calibrated=True).stretched(1.5)
    assert (rule.floor_s, rule.factor, rule.calibrated) == (pytest.approx(0.3), pytest.approx(9.0), True)
    assert rule.limit_s(0.1) == pytest.approx(0.9)


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "add-two"
    shutil.copytree(PROBLEMS / "add-two", root)
    (root / "calibration.json").unlink(missing_ok=True)
    return root


def test_a_problem_without_calibration_keeps_its_declared_rule(folder):
    rule = load_problem(folder).time_rule
    assert not rule.calibrated


def test_loading_a_calibrated_problem_uses_its_figures_and_a_case_change_makes_it_stale(folder):
    calibration.write(folder, {"time_factor": 4.4, "time_floor_s": 0.3,
                               "fingerprint": calibration.fingerprint(folder), "submissions": {}})
    rule = load_problem(folder).time_rule
    assert (rule.factor, rule.floor_s, rule.calibrated) == (4.4, 0.3, True)
    before = calibration.read(folder).fingerprint
    sample = folder / "data" / "sample.jsonl"
    sample.write_text(sample.read_text() + sample.read_text().splitlines()[0] + "\n")
    assert calibration.fingerprint(folder) != before


@pytest.mark.parametrize("body, key", [({"time_factor": "x", "time_floor_s": 1}, "time_factor"),
                                       ({"time_factor": 2.0, "time_floor_s": 0}, "time_floor_s"),
                                       ({"time_factor": True, "time_floor_s": 1}, "time_factor")])
def test_a_malformed_calibration_names_the_file_the_key_and_the_fix(folder, body, key):
    (folder / "calibration.json").write_text(json.dumps(body))
    with pytest.raises(ProblemError) as caught:
        load_problem(folder)
    assert "calibration.json" in str(caught.value) and key in str(caught.value)
    assert "judge check --calibrate" in str(caught.value)


def test_unreadable_json_is_a_problem_error(folder):
    (folder / "calibration.json").write_text("{not json")
    with pytest.raises(ProblemError, match="calibration.json"):
        load_problem(folder)


def _result(cases, verdict="AC"):
    from judge.verdict import CaseResult, JudgeResult, Verdict

    rows = tuple(CaseResult(name, "g", Verdict(verdict), ms, 0, reference_ms=1.0, limit_ms=limit)
                 for name, ms, limit in cases)
    return JudgeResult(problem="add-two", solution="x.py", verdict=Verdict(verdict), passed=len(rows),
                       total=len(rows), time_ms=sum(c.time_ms for c in rows), memory_kb=0, cases=rows,
                       sandbox="process")


def test_check_requires_accepted_submissions_well_inside_a_calibrated_limit(folder):
    from judge.problems.verify import problem_for, time_margin

    calibration.write(folder, {"time_factor": 4.0, "time_floor_s": 0.2, "fingerprint": "", "submissions": {}})
    problem = load_problem(folder)
    assert time_margin(problem, _result([("a", 10.0, 200.0), ("b", 100.0, 400.0)]), "AC") == \
        ("AC", "limit / time = 4.0x")
    got, margin = time_margin(problem, _result([("a", 150.0, 200.0)]), "AC")
    assert got == "AC, too near the limit" and "1.33x" in margin
    assert time_margin(problem, _result([("a", 300.0, 300.0)], "TLE"), "TLE") == ("TLE", "> limit x 1.5")
    stretched = problem_for(problem, "TLE").time_rule
    assert (stretched.factor, stretched.floor_s) == (pytest.approx(6.0), pytest.approx(0.3))
    assert problem_for(problem, "AC").time_rule.factor == 4.0


def test_an_uncalibrated_problem_reports_no_margin(folder):
    from judge.problems.verify import calibration_finding, time_margin

    problem = load_problem(folder)
    assert time_margin(problem, _result([("a", 150.0, 200.0)]), "AC") == ("AC", "")
    finding = calibration_finding(problem)
    assert finding.ok and "judge check --calibrate add-two" in finding.detail


def test_the_calibration_table_shows_each_margin():
    from judge.problems.calibrate import render_calibration

    body = {"time_factor": 6.0, "time_floor_s": 0.2, "ac_multiplier": 2.0, "tle_margin": 1.5, "submissions": {
        "accepted/a.py": {"verdict": "AC", "worst_ratio": 3.0, "worst_case": "big", "slowest_small_s": 0.01},
        "accepted/b.py": {"verdict": "AC", "worst_ratio": 1.0, "worst_case": "", "slowest_small_s": 0.05},
        "time_limit_exceeded/t.py": {"verdict": "TLE", "separated_by_time": True, "beyond_limit": 2.5},
        "time_limit_exceeded/u.py": {"verdict": "AC", "separated_by_time": False, "worst_ratio": 5.0,
                                     "growth": {"exponent": 2.0, "reference_exponent": 1.0}}}}
    table = render_calibration("p", body)
    assert "limit / time >= 2.0x" in table and "limit / time >= 4.0x" in table
    assert "no case long enough for a ratio" in table
    assert "NOT separated by time; growth n^2.0 vs the reference's n^1.0" in table
