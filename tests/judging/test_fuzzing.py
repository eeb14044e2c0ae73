"""Fuzzing against the reference finds what the hidden cases miss, shrunk and reproducible."""

from __future__ import annotations

WRONG_FOR_TWO_NEGATIVES = """
class Solution:
    def add(self, a, b):
        if a < 0 and b < 0:
            return a + b + 1
        return a + b
"""


def test_fuzzing_finds_a_minimal_counterexample(write_solution, run_json):
    code, data = run_json(write_solution(WRONG_FOR_TWO_NEGATIVES), "--seed", "7", "--fuzz-examples", "300")
    assert code == 1 and data["verdict"] == "WA"
    counterexample = data["fuzz"]["counterexample"]
    assert counterexample["input"] == {"a": -1, "b": -1}
    assert counterexample["expected"] == -2 and counterexample["actual"] == -1
    assert data["failing_case"]["input"] == {"a": -1, "b": -1}
    assert data["passed"] == data["total"]  # the hidden cases alone did not catch it
    assert data["fuzz"]["seed"] == 7


def test_same_seed_same_run(write_solution, run_json):
    path = write_solution(WRONG_FOR_TWO_NEGATIVES)
    first = run_json(path, "--seed", "11", "--fuzz-examples", "100")[1]["fuzz"]
    second = run_json(path, "--seed", "11", "--fuzz-examples", "100")[1]["fuzz"]
    assert first == second


def test_accepted_run_reports_the_examples_and_seed(write_solution, run_json):
    code, data = run_json(write_solution("def add(a, b):\n    return a + b\n"), "--fuzz-examples", "50", "--seed", "3")
    assert code == 0
    assert data["fuzz"] == {"examples": 50, "seed": 3, "counterexample": None}


def test_no_fuzz_skips_fuzzing(write_solution, run_json):
    code, data = run_json(write_solution(WRONG_FOR_TWO_NEGATIVES), "--no-fuzz")
    assert (code, data["verdict"], data["fuzz"]) == (0, "AC", None)


def test_smaller_failing_input_beside_a_failing_hidden_case(write_solution, run_json):
    code, data = run_json(write_solution("def add(a, b):\n    return a + b if a >= 0 else a - b\n"), "--seed", "5")
    assert data["failing_case"]["name"] == "negative"
    minimal = data["minimal_case"]
    assert minimal is not None
    assert minimal["input"]["a"] == -1 and minimal["input"]["b"] in (1, -1)


def test_hypothesis_database_does_not_litter_the_working_folder(write_solution, run_json, tmp_path, monkeypatch):
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    run_json(write_solution(WRONG_FOR_TWO_NEGATIVES), "--seed", "1", "--fuzz-examples", "50")
    assert list(work.iterdir()) == []
