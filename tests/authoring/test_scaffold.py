"""`judge new`'s scaffold and the generate.py helpers: a new folder passes `judge check` once filled in."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fixture_paths import REAL_PROBLEMS

from judge.errors import ProblemError, UsageError
from judge.problems.generating import CaseBuilder, random_string, seeded, write_cases
from judge.problems.problem import load_problem
from judge.problems.regenerate import generate_differences, strategies_warning
from judge.problems.scaffold import VERDICT_FOLDERS, check_slug, scaffold


def test_scaffold_writes_every_file_and_an_empty_folder_per_verdict(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "two-sum", entry="twoSum", params=("nums", "target"))
    for name in ("problem.toml", "statement.en.md", "stub.py", "reference.py", "validator.py",
                 "strategies.py", "generate.py", "data/sample.jsonl"):
        assert (folder / name).is_file(), name
    assert sorted(p.name for p in (folder / "submissions").iterdir()) == sorted(VERDICT_FOLDERS)
    assert all((folder / "submissions" / v / ".gitkeep").is_file() for v in VERDICT_FOLDERS)
    problem = load_problem(folder)
    assert (problem.title, problem.entry_names, problem.params) == ("Two Sum", ("twoSum",), ("nums", "target"))
    assert "def twoSum(self, nums, target):" in (folder / "stub.py").read_text(encoding="utf-8")
    assert json.loads((folder / "data/sample.jsonl").read_text(encoding="utf-8"))["args"] == [0, 0]
    assert "TEMPLATE_PLACEHOLDER = True" in (folder / "strategies.py").read_text(encoding="utf-8")
    for name in ("stub.py", "reference.py", "validator.py", "strategies.py", "generate.py"):
        compile((folder / name).read_text(encoding="utf-8"), name, "exec")


def test_a_title_with_quotes_stays_valid_toml(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "say-hi", title='Say "hi" \\ 你好')
    assert load_problem(folder).title == 'Say "hi" \\ 你好'


@pytest.mark.parametrize("slug, suggestion", [("Two_Sum", "two-sum"), ("two sum", "two-sum"),
                                              ("two--sum", "two-sum"), ("-x", "x"), ("9lives", None)])
def test_an_invalid_slug_is_refused_with_a_suggestion(slug: str, suggestion: str | None) -> None:
    with pytest.raises(UsageError, match="lowercase letters, digits and hyphens") as error:
        check_slug(slug)
    assert (f"did you mean {suggestion!r}" in str(error.value)) if suggestion else "did you mean" not in str(error.value)


def test_an_existing_folder_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "two-sum").mkdir()
    (tmp_path / "two-sum" / "notes.md").write_text("mine", encoding="utf-8")
    with pytest.raises(UsageError, match="already exists.*never overwrites"):
        scaffold(tmp_path, "two-sum")
    assert [p.name for p in (tmp_path / "two-sum").iterdir()] == ["notes.md"]


@pytest.mark.parametrize("entry, params", [("min-window", ("s",)), ("solve", ("class",)), ("solve", ("a", "a"))])
def test_entry_and_parameters_must_be_python_names(tmp_path: Path, entry: str, params: tuple[str, ...]) -> None:
    with pytest.raises(UsageError):
        scaffold(tmp_path, "x", entry=entry, params=params)
    assert not (tmp_path / "x").exists()


def test_filled_in_scaffold_passes_judge_check(tmp_path: Path) -> None:
    """The promise of `judge new`: fill in the reference and a sample, generate, and check passes."""
    folder = scaffold(tmp_path, "add-two", entry="add", params=("a", "b"))
    (folder / "reference.py").write_text("class Solution:\n    def add(self, a, b):\n        return a + b\n",
                                         encoding="utf-8")
    (folder / "data" / "sample.jsonl").write_text('{"name": "example-1", "args": [1, 2], "expected": 3}\n',
                                                  encoding="utf-8")
    subprocess.run([sys.executable, str(folder / "generate.py")], check=True, cwd=tmp_path, timeout=120)
    assert (folder / "data/secret/01-edge.jsonl").read_text(encoding="utf-8") == \
        '{"name":"sample-1","args":[1,2],"expected":3}\n'
    check = subprocess.run([sys.executable, "-m", "judge.cli", "--problems", str(tmp_path), "check", "add-two"],
                           capture_output=True, text=True, timeout=300)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "all checks passed, 1 warning(s)" in check.stdout
    assert "TEMPLATE_PLACEHOLDER" in check.stdout and "reproduces data/" in check.stdout
    # a hand-edited case file no longer matches what generate.py writes
    edge = folder / "data/secret/01-edge.jsonl"
    edge.write_text(edge.read_text(encoding="utf-8").replace('"expected":3', '"expected":4'), encoding="utf-8")
    assert generate_differences(load_problem(folder)) == [
        "data/secret/01-edge.jsonl differs from what generate.py writes (first at line 1)"]
    assert '"expected":4' in edge.read_text(encoding="utf-8")  # the problem's own folder is never written


def test_strategies_warnings(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "two-sum")
    problem = load_problem(folder)
    assert "TEMPLATE_PLACEHOLDER = True" in (strategies_warning(problem) or "")
    strategies = folder / "strategies.py"
    strategies.write_text("from hypothesis import strategies as st\n\ndef inputs():\n    return st.just([[1]])\n",
                          encoding="utf-8")
    assert strategies_warning(problem) is None
    strategies.write_text("X = 1\n", encoding="utf-8")
    assert "defines no inputs()" in (strategies_warning(problem) or "")
    strategies.unlink()
    assert "no strategies.py" in (strategies_warning(problem) or "")
    assert generate_differences(load_problem(REAL_PROBLEMS / "implement-rand10-using-rand7")) is None  # no generate.py


def test_the_untouched_reference_is_reported_when_generating(tmp_path: Path) -> None:
    folder = scaffold(tmp_path, "todo")
    with pytest.raises(ProblemError, match="case 'sample-1'.*write the reference solution in reference.py"):
        CaseBuilder(folder).case("sample-1", [0])


@pytest.mark.parametrize("slug", ["minimum-window-substring", "reverse-string", "macro-micro-average",
                                  "lstm-parameter-count"])
def test_case_builder_reproduces_the_samples_of_real_problems(slug: str) -> None:
    """Expected values come out as the judge computes them (reverse-string: the argument after an in-place call)."""
    build = CaseBuilder(REAL_PROBLEMS / slug)
    for sample in load_problem(REAL_PROBLEMS / slug).samples:
        assert build.case(sample.name, sample.args)["expected"] == sample.expected


def test_case_builder_refuses_a_case_that_breaks_the_constraints() -> None:
    build = CaseBuilder(REAL_PROBLEMS / "minimum-window-substring")
    with pytest.raises(ProblemError, match="case 'digits' breaks the constraints"):
        build.case("digits", ["a1", "a"])


def test_write_cases_is_byte_stable_and_refuses_what_the_judge_refuses(tmp_path: Path) -> None:
    path = tmp_path / "secret" / "01.jsonl"
    cases = [{"name": "a", "args": ["é"], "expected": 1}, {"name": "b", "args": [[1, 2]], "expected": None}]
    write_cases(path, cases)
    assert path.read_bytes() == '{"name":"a","args":["é"],"expected":1}\n{"name":"b","args":[[1,2]],"expected":null}\n'.encode()
    with pytest.raises(ProblemError, match="two cases are named 'a'"):
        write_cases(path, cases + [{"name": "a", "args": []}])
    with pytest.raises(ProblemError, match="case 2 has no name"):
        write_cases(path, [{"name": "x", "args": []}, {"args": []}])
    with pytest.raises(ProblemError, match="no cases to write"):
        write_cases(path, [])


def test_seeded_generators_repeat_across_runs() -> None:
    assert random_string(seeded("p/random"), "ab", 12) == random_string(seeded("p/random"), "ab", 12)
    assert random_string(seeded("p/random"), "ab", 40) != random_string(seeded("p/large"), "ab", 40)
