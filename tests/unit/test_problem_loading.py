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


def _rewrite(problem_dir: Path, old: str, new: str) -> None:
    toml = problem_dir / "problem.toml"
    text = toml.read_text()
    assert old in text, old
    toml.write_text(text.replace(old, new))


@pytest.mark.parametrize("old, new, message", [
    ('name = "exact"', 'name = "fuzzy"', "[checker] name must be one of exact, inplace, float, statistical, tokens, validator, got 'fuzzy'"),
    ('name = "exact"', 'name = "exakt"', "got 'exakt'; did you mean 'exact'?"),
    ('difficulty = "easy"', 'difficulty = "trivial"', "difficulty must be one of easy, medium, hard"),
    ('names = ["add", "add_two"]', 'names = []', "[entry] names must be a non-empty list"),
    ('name = "exact"', 'name = "inplace"', "[checker] arg is required (an integer)"),
    # unknown tables and keys, with a did-you-mean
    ('[limits]', '[limit]', "unknown table [limit]; did you mean [limits]?"),
    ('params = ["a", "b"]', 'param = ["a", "b"]', "[entry] unknown key 'param'; did you mean 'params'?"),
    ('leetcode = 9999', 'leetcod = 9999', "unknown key 'leetcod'; did you mean 'leetcode'?"),
    ('time_floor_s = 1.0', 'time_floor = 1.0', "[limits] unknown key 'time_floor'; did you mean 'time_floor_s'?"),
    # wrong types name the key, what it must be and what it was
    ('time_floor_s = 1.0', 'time_floor_s = "fast"', "[limits] time_floor_s must be a number, got 'fast'"),
    ('time_floor_s = 1.0', 'time_floor_s = true', "[limits] time_floor_s must be a number, got True"),
    ('time_floor_s = 1.0', 'time_floor_s = 0', "[limits] time_floor_s must be more than 0"),
    ('time_floor_s = 1.0', 'memory_mb = 1.5', "[limits] memory_mb must be an integer, got 1.5"),
    ('leetcode = 9999', 'leetcode = "9999"', "leetcode must be an integer, got '9999'"),
    ('tags = ["math"]', 'tags = "math"', "tags must be a list of strings, got 'math'"),
    ('params = ["a", "b"]', 'params = ["a", 2]', "[entry] params must be a list of strings"),
    ('[entry]', 'entry = 3\n[entryx]', "unknown table [entryx]"),
    # the checker parses its own options
    ('name = "exact"', 'name = "float"\nrel_tol = "tight"', "[checker] rel_tol must be a number, got 'tight'"),
    ('name = "exact"', 'name = "float"\nrel_tol = -1', "[checker] rel_tol must be a finite number >= 0"),
    ('name = "exact"', 'name = "float"\nrel_tl = 1e-3', "[checker] unknown key 'rel_tl'; did you mean 'rel_tol'?"),
    ('name = "exact"', 'name = "exact"\nrel_tol = 1e-3', "[checker] unknown key 'rel_tol' (allowed: none)"),
    ('name = "exact"', 'name = "inplace"\narg = -1', "[checker] arg must be the index of an argument"),
    ('name = "exact"', 'name = "statistical"\noutcomes = 1', "[checker] outcomes must be an integer >= 2"),
    # kinds
    ('params = ["a", "b"]', 'params = ["a", "b"]\nkind = "stream"', "missing the [stream] table"),
    ('params = ["a", "b"]', 'params = ["a", "b"]\nkind = "objet"', "[entry] kind must be one of call, stream, object, got 'objet'; did you mean 'object'?"),
    ('params = ["a", "b"]', 'params = ["a", "b"]\nmode = "call"', "[entry] mode is now called kind: write kind = 'call'"),
    ('[limits]', '[stream]\nsource = "rand6"\nsides = 6\n[limits]', "[stream] is only for [entry] kind = \"stream\""),
])
def test_invalid_metadata_names_the_file_key_and_fix(problem_dir, old, new, message):
    _rewrite(problem_dir, old, new)
    with pytest.raises(ProblemError) as error:
        load_problem(problem_dir)
    assert str(error.value).startswith(f"{problem_dir / 'problem.toml'}: ")
    assert message in str(error.value)


def test_checker_options_are_parsed_when_the_problem_loads(problem_dir):
    from judge.checkers import floats

    _rewrite(problem_dir, 'name = "exact"', 'name = "float"\nrel_tol = 1e-3')
    problem = load_problem(problem_dir)
    assert problem.checker == "float"
    assert problem.checker_options == floats.Options(rel_tol=1e-3, abs_tol=floats.DEFAULT_ABS_TOL)


def test_a_missing_chinese_statement_falls_back_to_english(problem_dir):
    (problem_dir / "statement.zh.md").unlink()
    problem = load_problem(problem_dir)
    assert problem.statement("zh") == (problem_dir / "statement.en.md").read_text(encoding="utf-8")


def test_missing_required_file(problem_dir):
    (problem_dir / "statement.en.md").unlink()
    with pytest.raises(ProblemError, match="statement.en.md: missing"):
        load_problem(problem_dir)


def test_no_hidden_cases(problem_dir):
    shutil.rmtree(problem_dir / "data" / "secret")
    (problem_dir / "data" / "secret").mkdir()
    with pytest.raises(ProblemError, match="no hidden cases"):
        load_problem(problem_dir).all_cases()
