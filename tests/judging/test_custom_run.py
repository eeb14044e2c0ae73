"""`judge run --case`: your solution beside the reference on your own input, for every problem kind."""

from __future__ import annotations

import json

from fixture_paths import REAL_PROBLEMS

WRONG = "class Solution:\n    def add(self, a, b):\n        print('adding', a, b)\n        return a - b\n"
RIGHT = "def add_two(a, b):\n    return a + b\n"


def test_both_outputs_agreement_stdout_and_time(cli, write_solution):
    path = write_solution(WRONG)
    result = cli("run", "add-two", "--solution", str(path), "--case", "a = 5, b = 3")
    assert result.exit_code == 1
    assert "yours:      2" in result.output and "reference:  8" in result.output
    assert "differ: differs: expected 8, got 2" in result.output
    assert "| adding 5 3" in result.output and "time: yours" in result.output
    assert "no hidden case was run" in result.output and "0/1 case(s) agree" in result.output


def test_json_output_and_several_cases(cli, write_solution, tmp_path):
    cases = tmp_path / "cases.txt"
    cases.write_text("1\n2\na = 7, b = -7\n", encoding="utf-8")
    path = write_solution(RIGHT)
    result = cli("run", "add-two", "--solution", str(path), "--case", "[10, 20]", "--case-file", str(cases),
                 "--format", "json")
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["all_agree"] is True
    assert [(c["input"], c["yours"], c["reference"]) for c in document["cases"]] == [
        ({"a": 10, "b": 20}, 30, 30), ({"a": 1, "b": 2}, 3, 3), ({"a": 7, "b": -7}, 0, 0)]


def test_an_input_outside_the_constraints_is_refused_before_running(cli, write_solution):
    result = cli("run", "add-two", "--solution", str(write_solution(RIGHT)), "--case", "a = 10000000000, b = 1")
    assert result.exit_code == 2
    assert "outside the constraints of add-two: each integer must lie in [-10^9, 10^9]" in result.output


def test_an_exception_says_it_raised(cli, write_solution):
    path = write_solution("def add_two(a, b):\n    raise ValueError('nope')\n")
    result = cli("run", "add-two", "--solution", str(path), "--case", "a = 1, b = 2")
    assert result.exit_code == 1
    assert "yours:      (no output: Runtime Error) ValueError: nope" in result.output
    assert "raise ValueError('nope')" in result.output  # the traceback


def test_a_solution_that_does_not_load(cli, write_solution):
    result = cli("run", "add-two", "--solution", str(write_solution("def add_two(a, b)\n")), "--case", "1, 2")
    assert result.exit_code == 1 and "did not load" in result.output and "SyntaxError" in result.output


def test_stream_runs_n_calls_and_shows_the_distribution(cli):
    reference = REAL_PROBLEMS / "implement-rand10-using-rand7" / "reference.py"
    result = cli("run", "470", "--solution", str(reference), "--case", "calls = 200, seed = 4", problems=REAL_PROBLEMS)
    assert result.exit_code == 0, result.output
    rows = [line.split() for line in result.output.splitlines() if line.strip()[:2].strip().isdigit()]
    counts = {int(r[0]): (int(r[1]), int(r[2])) for r in rows if len(r) >= 3 and r[1].replace(",", "").isdigit()}
    assert set(counts) == set(range(1, 11)) and sum(c[0] for c in counts.values()) == 200
    assert "200 calls test only the range" in result.output


def test_object_problem_shows_every_step(cli):
    reference = REAL_PROBLEMS / "layer-normalization" / "reference.py"
    result = cli("run", "layer-normalization", "--solution", str(reference), "--case",
                 "ln = LayerNorm(2); ln.bias; ln.forward(np.array([1., 3.]))", problems=REAL_PROBLEMS)
    assert result.exit_code == 0, result.output
    assert "step 3: .forward(array([1.0, 3.0], shape 2))" in result.output
    assert result.output.count("reference:  array([0.0, 0.0], shape 2)") == 1
    assert "agree (float checker)" in result.output


def test_python2_code_gets_its_hint_in_a_custom_run_too(cli, write_solution):
    path = write_solution("def add_two(a, b):\n    return sum(xrange(a)) + b\n")
    result = cli("run", "add-two", "--solution", str(path), "--case", "a = 1, b = 2")
    assert "hint: this looks like Python 2: xrange" in result.output


def test_case_does_not_go_with_complexity(cli, write_solution):
    result = cli("run", "add-two", "--solution", str(write_solution(RIGHT)), "--case", "1, 2", "--complexity")
    assert result.exit_code == 2 and "does not go with --case" in result.output


def test_a_stream_seed_repeats_exactly(cli):
    reference = REAL_PROBLEMS / "implement-rand10-using-rand7" / "reference.py"

    def outputs(seed: int) -> list[int]:
        result = cli("run", "470", "--solution", str(reference), "--case", f"calls = 50, seed = {seed}",
                     "--format", "json", problems=REAL_PROBLEMS)
        case = json.loads(result.stdout)["cases"][0]
        assert [row[1] for row in case["distribution"]] == [row[2] for row in case["distribution"]]  # same draws
        return case["yours"]

    assert outputs(7) == outputs(7) != outputs(8)


def test_answers_over_4300_digits_are_compared_and_shown_by_their_size(cli, write_solution):
    """The reference's answer to 10 ** 5000 is over Python's 4,300-digit str() limit: copying it
    through JSON was an internal error. Both answers are compared exactly and shown by size."""
    from fixture_paths import TESTS

    problems = TESTS / "fixtures" / "problems_values"
    path = write_solution("class Solution:\n    def power(self, base, exp):\n        return base ** exp + 1\n")
    result = cli("run", "big-power", "--solution", str(path), "--case", "[10, 5000]", problems=problems)
    assert result.exit_code == 1, result.output
    assert "yours:      \"<int of about 5,001 digits: ...000000000001>\"" in result.output
    assert "reference:  \"<int of about 5,001 digits: ...000000000000>\"" in result.output
