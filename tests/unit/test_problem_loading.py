"""Problem folders are validated when loaded; faults name the file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from fixture_paths import FIXTURE_PROBLEMS
from judge.errors import ProblemError
from judge.problems.problem import TimeRule, load_problem


@pytest.fixture
def problem_dir(tmp_path: Path) -> Path:
    target = tmp_path / "add-two"
    shutil.copytree(FIXTURE_PROBLEMS / "add-two", target)
    return target


def test_loads_metadata_and_cases_in_judging_order(problem_dir):
    problem = load_problem(problem_dir)
    assert problem.slug == "add-two" and problem.leetcode == 9999
    assert problem.entry_names == ("add", "add_two")
    names = [c.name for c in problem.all_cases()]
    assert names[0] == "sample#1" and names[1:3] == ["zero", "negative"]
    assert problem.all_cases()[0].sample is True
    assert problem.time_rule == TimeRule(1.0, 10.0)


def test_time_rule_is_floor_or_factor_times_reference():
    rule = TimeRule(floor_s=2.0, factor=10.0)
    assert rule.limit_s(None) == 2.0
    assert rule.limit_s(0.05) == 2.0
    assert rule.limit_s(0.5) == 5.0


@pytest.mark.parametrize("line, message", [
    ('{"args": [1, 2], "expected": 3', "not valid JSON"),
    ('[1, 2]', "must be a JSON object"),
    ('{"args": 1, "expected": 3}', '"args" must be a JSON list'),
    ('{"args": [1, 2]}', 'missing "expected"'),
    ('{"args": [1, 2], "expected": 3, "expect": 3}', "unknown key"),
])
def test_malformed_case_lines(problem_dir, line, message):
    case_file = problem_dir / "data" / "secret" / "01-basic.jsonl"
    lines = case_file.read_text().splitlines()
    lines.insert(1, line)
    case_file.write_text("\n".join(lines) + "\n")
    problem = load_problem(problem_dir)
    with pytest.raises(ProblemError) as error:
        problem.all_cases()
    assert f"{case_file}:2:" in str(error.value)
    assert message in str(error.value)


def test_invalid_toml_is_a_problem_error(problem_dir):
    (problem_dir / "problem.toml").write_text("title = \n")
    with pytest.raises(ProblemError, match="invalid TOML"):
        load_problem(problem_dir)


@pytest.mark.parametrize("old, new, message", [
    ('name = "exact"', 'name = "fuzzy"', "must be one of"),
    ('difficulty = "easy"', 'difficulty = "trivial"', "difficulty must be one of"),
    ('names = ["add", "add_two"]', 'names = []', "non-empty list"),
    ('name = "exact"', 'name = "inplace"', "needs [checker] arg"),
])
def test_invalid_metadata_names_the_fix(problem_dir, old, new, message):
    toml = problem_dir / "problem.toml"
    toml.write_text(toml.read_text().replace(old, new))
    with pytest.raises(ProblemError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_problem(problem_dir)


def test_missing_required_file(problem_dir):
    (problem_dir / "statement.zh.md").unlink()
    with pytest.raises(ProblemError, match="statement.zh.md: missing"):
        load_problem(problem_dir)


def test_no_hidden_cases(problem_dir):
    shutil.rmtree(problem_dir / "data" / "secret")
    (problem_dir / "data" / "secret").mkdir()
    with pytest.raises(ProblemError, match="no hidden cases"):
        load_problem(problem_dir).all_cases()
