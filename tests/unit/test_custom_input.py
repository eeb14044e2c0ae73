"""Reading `judge run --case` / `--case-file` inputs in every notation, and validating them."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_paths import REAL_PROBLEMS

from judge.errors import UsageError
from judge.problems.custom_input import parse_case, parse_case_file, validate
from judge.problems.problem import load_problem

WINDOW = load_problem(REAL_PROBLEMS / "minimum-window-substring")
REVERSE = load_problem(REAL_PROBLEMS / "reverse-string")
LSTM = load_problem(REAL_PROBLEMS / "lstm-parameter-count")
LAYERNORM = load_problem(REAL_PROBLEMS / "layer-normalization")
RAND10 = load_problem(REAL_PROBLEMS / "implement-rand10-using-rand7")


@pytest.mark.parametrize("text", ['s = "ADOBECODEBANC", t = "ABC"', 'Input: s = "ADOBECODEBANC", t = "ABC"',
                                  '"ADOBECODEBANC", "ABC"', '["ADOBECODEBANC", "ABC"]',
                                  '{"s": "ADOBECODEBANC", "t": "ABC"}', "s = 'ADOBECODEBANC', t = 'ABC'"])
def test_call_notations_give_the_same_arguments(text):
    assert parse_case(WINDOW, text).args == ["ADOBECODEBANC", "ABC"]


def test_a_one_parameter_problem_takes_a_list_as_its_argument():
    assert parse_case(REVERSE, '["h","i"]').args == [["h", "i"]]
    assert parse_case(REVERSE, 's = ["h","i"]').args == [["h", "i"]]


def test_booleans_in_json_or_python_spelling_and_optional_trailing_parameters():
    assert parse_case(LSTM, "emb_size = 128, hidden_size = 256, num_layers = 2, bidirectional = false, "
                            "bias = True").args == [128, 256, 2, False, True]
    assert parse_case(LSTM, "emb_size = 10, hidden_size = 20").args == [10, 20]


@pytest.mark.parametrize("text, message", [
    ('s = "a", q = "b"', "has no parameter 'q'"),
    ('s = "a", tt = "b"', "did you mean 't'"),
    ('t = "a"', "give s too"),
    ('"a", t = "b"', "name every argument or none"),
    ("s = open('x')", "cannot read \"open('x')\" as a value"),
    ("", "the case is empty"),
])
def test_call_mistakes_name_the_fix(text, message):
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_case(WINDOW, text)


def test_the_validator_names_the_broken_constraint():
    validate(WINDOW, [parse_case(WINDOW, 's = "a", t = "a"')])
    with pytest.raises(UsageError, match=r"--case: this input is outside the constraints of "
                                         r"minimum-window-substring: 1 <= s.length <= 10\^5 violated"):
        validate(WINDOW, [parse_case(WINDOW, 's = "", t = "a"')])
    with pytest.raises(UsageError, match="emb_size = 0"):
        validate(LSTM, [parse_case(LSTM, "emb_size = 0, hidden_size = 3")])


def test_object_steps_from_the_statements_notation_json_and_leetcodes_two_lines():
    statement = parse_case(LAYERNORM, "import numpy as np\nln = LayerNorm((2, 2))\nln.weight\n"
                                      "ln.bias = np.array([[1, 2], [3, 4]])\nln.forward(np.array([[1., 2.], [3., 4.]]))")
    assert statement.args == [{"new": [{"__tuple__": [2, 2]}]}, {"get": "weight"},
                              {"set": "bias", "value": {"__ndarray__": [[1, 2], [3, 4]]}},
                              {"call": "forward", "args": [{"__ndarray__": [[1.0, 2.0], [3.0, 4.0]]}]}]
    validate(LAYERNORM, [statement])
    steps = '[{"new": [2]}, {"call": "forward", "args": [{"__ndarray__": [1.0, 2.0]}]}]'
    leetcode = '["LayerNorm", "forward"]\n[[2], [[1.0, 2.0]]]'
    assert parse_case(LAYERNORM, steps).args == parse_case(LAYERNORM, leetcode).args
    with pytest.raises(UsageError, match="the first step must create the object"):
        parse_case(LAYERNORM, "ln.weight")
    with pytest.raises(UsageError, match="is not a step"):
        parse_case(LAYERNORM, "ln = LayerNorm(2); del ln")


@pytest.mark.parametrize("text, calls, seed", [("calls = 1000", 1000, 1), ("n = 5", 5, 1), ("300", 300, 1),
                                               ("calls = 10, seed = 7", 10, 7), ('{"calls": 4, "seed": 2}', 4, 2)])
def test_stream_inputs(text, calls, seed):
    case = parse_case(RAND10, text)
    assert (case.args, case.calls, case.seed) == ([], calls, seed)


@pytest.mark.parametrize("text, message", [("calls = 0", "1 <= calls <= 1,000,000 violated"),
                                           ("k = 3", "not 'k'"), ("seed = 3", "say how many calls"),
                                           ('calls = "many"', "calls must be an integer")])
def test_stream_mistakes(text, message):
    with pytest.raises(UsageError, match=message):
        parse_case(RAND10, text)


def test_a_case_file_mixes_leetcodes_one_argument_per_line_with_whole_cases(tmp_path: Path):
    path = tmp_path / "cases.txt"
    path.write_text('# LeetCode format\n"ADOBECODEBANC"\n"ABC"\n\ns = "a", t = "a"\n{"s": "ab", "t": "b"}\n',
                    encoding="utf-8")
    cases = parse_case_file(WINDOW, path)
    assert [c.args for c in cases] == [["ADOBECODEBANC", "ABC"], ["a", "a"], ["ab", "b"]]
    assert [c.where for c in cases] == [f"{path}:2-3", f"{path}:5", f"{path}:6"]
    path.write_text('"x"\n"y"\n"z"\n', encoding="utf-8")
    with pytest.raises(UsageError, match=r"cases.txt:3: 1 argument line\(s\) left over"):
        parse_case_file(WINDOW, path)


def test_object_case_files_separate_cases_by_blank_lines(tmp_path: Path):
    path = tmp_path / "steps.txt"
    path.write_text("ln = LayerNorm(2)\nln.forward(np.array([1., 2.]))\n\n# a second case\n"
                    '[{"new": [3]}, {"get": "bias"}]\n', encoding="utf-8")
    cases = parse_case_file(LAYERNORM, path)
    assert [len(c.args) for c in cases] == [2, 2] and cases[1].args[1] == {"get": "bias"}
