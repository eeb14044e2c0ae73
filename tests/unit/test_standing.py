"""Where an Accepted solution's speed stands (judge.judging.standing): synthetic results, no timing."""

from __future__ import annotations

import shutil

import pytest
from fixture_paths import FIXTURE_PROBLEMS

from judge.judging import standing
from judge.problems import calibration
from judge.problems.problem import Case, load_problem
from judge.verdict import CaseResult, JudgeResult, Verdict


@pytest.fixture
def problem(tmp_path):
    root = tmp_path / "add-two"
    shutil.copytree(FIXTURE_PROBLEMS / "add-two", root)
    calibration.write(root, {"time_factor": 60.0, "time_floor_s": 0.2, "fingerprint": "", "submissions": {
        "accepted/a.py": {"total_ratio": 0.9}, "accepted/b.py": {"total_ratio": 1.5},
        "accepted/c.py": {"total_ratio": 3.0}, "accepted/d.py": {"total_ratio": 40.0},
        "reference.py": {"total_ratio": 1.0}, "time_limit_exceeded/t.py": {"verdict": "TLE"}}})
    return load_problem(root)


def result(cases, verdict=Verdict.AC):
    return JudgeResult(problem="add-two", solution="x.py", verdict=verdict, passed=len(cases), total=len(cases),
                       time_ms=sum(c.time_ms for c in cases), memory_kb=0, cases=tuple(cases), sandbox="process",
                       reference_time_ms=sum(c.reference_ms or 0 for c in cases))


def case(name, ms, ref_ms):
    return CaseResult(name, "g", Verdict.AC, ms, 0, reference_ms=ref_ms)


def test_rank_among_the_known_accepted_comes_from_the_calibration(problem):
    found = standing.standing_of(problem, [], result([case("a", 20.0, 10.0)]))
    assert (found.ratio, found.faster_than, found.known, found.slow) == (2.0, 2, 4, False)
    assert standing.describe(found) == ["speed: 2.00x the reference's time — faster than 2 of 4 known accepted "
                                        "solutions (calibrated, the same every run)"]


def test_slow_large_cases_are_said_with_the_growth_the_cases_suggest(problem):
    sizes = [100, 200, 400, 800, 1600]
    cases = [Case(f"c{n}", "g", [list(range(n))], None, "here") for n in sizes]
    # quadratic solution, linear reference: 1e-5 ms per n^2, 1e-2 ms per n
    results = [case(f"c{n}", 1e-5 * n * n * 100, 1e-2 * n) for n in sizes]
    found = standing.standing_of(problem, cases, result(results))
    assert found.slow and found.large_ratio > standing.SLOW_FACTOR
    assert found.growth == pytest.approx(2.0, abs=0.05) and found.reference_growth == pytest.approx(1.0, abs=0.05)
    said = "\n".join(standing.describe(found))
    assert "large cases took" in said and "n^2.0" in said and "n^1.0" in said


def test_only_accepted_results_have_a_standing(problem):
    assert standing.standing_of(problem, [], result([case("a", 20.0, 10.0)], Verdict.TLE)) is None


def test_case_size_counts_sequence_arguments_only():
    assert standing.case_size(["abc", [1, 2], 7, {"k": 1}]) == 6
    assert standing.case_size([5, 6]) == 0
