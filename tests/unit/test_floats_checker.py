"""Unit tests for the ``float`` checker (judge/checkers/floats.py)."""

import math

import pytest

from judge.checkers.base import Mismatch
from judge.checkers.floats import check

TOL = {"rel_tol": 1e-6, "abs_tol": 1e-6}


def arr(data, shape=None, dtype="float64"):
    """An array as the judge sends it back from the solution's process."""
    if shape is None:
        shape = []
        level = data
        while isinstance(level, list):
            shape.append(len(level))
            level = level[0] if level else None
    return {"__ndarray__": data, "shape": list(shape), "dtype": dtype}


# -- numbers -------------------------------------------------------------------


def test_equal_numbers_pass():
    assert check(0.5, 0.5, config=TOL) is None
    assert check(3, 3, config=TOL) is None


def test_int_and_float_compare_as_numbers():
    assert check(1, 1.0, config=TOL) is None
    assert check(2.0, 2, config=TOL) is None


def test_within_absolute_tolerance():
    assert check(0.0, 9e-7, config=TOL) is None
    assert check(1e-9, -5e-7, config=TOL) is None


def test_within_relative_tolerance():
    # tolerance = max(1e-6, 1e-6 * 1e6) = 1.0
    assert check(1e6, 1e6 + 0.9, config=TOL) is None


def test_just_outside_tolerance():
    result = check(0.0, 1.5e-6, config=TOL)
    assert isinstance(result, Mismatch)
    assert "expected 0, got 1.5e-06" in result.message
    assert "exceeds tolerance 1e-06" in result.message
    result = check(1e6, 1e6 + 1.1, config=TOL)
    assert result is not None


def test_relative_part_uses_expected_value():
    # |a - e| = 1, rel_tol * |e| = 0.5 * 1 = 0.5 < 1 although rel_tol * |a| = 1
    assert check(1.0, 2.0, config={"rel_tol": 0.5, "abs_tol": 0.0}) is not None
    assert check(2.0, 1.0, config={"rel_tol": 0.5, "abs_tol": 0.0}) is None


def test_defaults_are_1e_minus_6():
    assert check(1.0, 1.0 + 9e-7, config={}) is None
    assert check(1.0, 1.0 + 2e-6, config={}) is not None


def test_close_values_shown_in_full():
    result = check(1.0, 1.0000001, config={"rel_tol": 0.0, "abs_tol": 0.0})
    assert "expected 1.0, got 1.0000001" in result.message


def test_big_ints_compared_exactly():
    big = 10**30
    assert check(big, big, config={"rel_tol": 0.0, "abs_tol": 0.0}) is None
    assert check(big, big + 1, config={"rel_tol": 0.0, "abs_tol": 0.0}) is not None
    assert check(10**400, 10**400, config=TOL) is None


# -- NaN and infinities ----------------------------------------------------------


def test_nan_never_equals():
    result = check(0.25, math.nan, config=TOL)
    assert result is not None
    assert "nan" in result.message and "NaN" in result.message
    assert result.hint is not None


def test_expected_nan_does_not_match_nan():
    assert check(math.nan, math.nan, config=TOL) is not None


def test_inf_matches_only_same_inf():
    assert check(math.inf, math.inf, config=TOL) is None
    assert check(-math.inf, -math.inf, config=TOL) is None
    assert check(math.inf, -math.inf, config=TOL) is not None
    assert check(math.inf, 1e308, config=TOL) is not None
    assert check(1.0, math.inf, config=TOL) is not None


# -- bool ------------------------------------------------------------------------


def test_bool_is_not_a_number():
    result = check(1, True, config=TOL)
    assert result is not None
    assert "bool" in result.message
    assert check(0.0, False, config=TOL) is not None
    assert check(True, 1, config=TOL) is not None
    assert check(True, 1.0, config=TOL) is not None


def test_bools_match_same_bool():
    assert check(True, True, config=TOL) is None
    assert check([True, False], [True, False], config=TOL) is None
    assert check(True, False, config=TOL) is not None


# -- lists and tuples --------------------------------------------------------------


def test_tuple_equals_list():
    assert check([0.5, 0.25], (0.5, 0.25), config=TOL) is None
    assert check([0.5, 0.25], {"__tuple__": [0.5, 0.25]}, config=TOL) is None
    assert check({"__tuple__": [1, 2]}, [1, 2], config=TOL) is None


def test_list_length_differs():
    result = check([1.0, 2.0], [1.0], config=TOL)
    assert "length 2" in result.message and "length 1" in result.message


def test_nested_path_in_message():
    expected = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.57735]]
    actual = [[0.0, 0.0, 0.0], [0.0, 0.0, 0.5]]
    result = check(expected, actual, config=TOL)
    assert result.message.startswith("at [1][2]: expected 0.57735, got 0.5")
    assert "difference 0.077" in result.message


def test_counts_and_max_difference():
    expected = [0.0, 1.0, 2.0, 3.0]
    actual = [0.0, 1.5, 2.0, 3.41]
    result = check(expected, actual, config=TOL)
    assert result.message.startswith("at [1]: ")
    assert "2 of 4 elements differ" in result.message
    assert "max abs difference 0.5" in result.message


def test_number_expected_but_list_given():
    result = check(0.5, [0.5], config=TOL)
    assert result is not None
    assert "list of length 1" in result.message


def test_none_and_strings():
    assert check(None, None, config=TOL) is None
    assert check(None, 0, config=TOL) is not None
    assert check("a", "a", config=TOL) is None
    assert check("a", "b", config=TOL) is not None


# -- arrays ------------------------------------------------------------------------


def test_array_equal_within_tolerance():
    expected = {"__ndarray__": [[1.0, 2.0], [3.0, 4.0]]}
    actual = arr([[1.0, 2.0000001], [3.0, 4.0]])
    assert check(expected, actual, config=TOL) is None


def test_array_shape_mismatch():
    expected = {"__ndarray__": [[1, 2, 3], [4, 5, 6]]}
    actual = arr([[1, 2], [3, 4], [5, 6]])
    result = check(expected, actual, config=TOL)
    assert result.message == "shape differs: expected (2, 3), got (3, 2)"


def test_array_same_elements_different_shape_is_wrong():
    expected = {"__ndarray__": [1.0, 2.0, 3.0, 4.0]}
    actual = arr([[1.0, 2.0], [3.0, 4.0]])
    assert "shape differs" in check(expected, actual, config=TOL).message


def test_array_element_path_and_counts():
    expected = {"__ndarray__": [[0.0] * 4 for _ in range(3)]}
    data = [[0.0] * 4 for _ in range(3)]
    data[1][2] = 0.41
    data[2][3] = -0.1
    result = check(expected, arr(data), config=TOL)
    assert result.message.startswith("at [1][2]: expected 0, got 0.41")
    assert "2 of 12 elements differ" in result.message
    assert "max abs difference 0.41" in result.message


def test_array_dtype_ignored():
    expected = {"__ndarray__": [1, 1, 1]}
    assert check(expected, arr([1.0, 1.0, 1.0]), config=TOL) is None
    assert check(expected, arr([1, 1, 1], dtype="int64"), config=TOL) is None


def test_array_nan_element():
    expected = {"__ndarray__": [0.0, 1.0]}
    result = check(expected, arr([math.nan, 1.0]), config=TOL)
    assert result.message.startswith("at [0]: expected 0, got nan")


def test_array_bool_element_is_not_number():
    expected = {"__ndarray__": [1.0, 0.0]}
    assert check(expected, arr([True, False], dtype="bool"), config=TOL) is not None


def test_plain_list_accepted_for_array_with_right_shape():
    expected = {"__ndarray__": [[1.0, 2.0]]}
    assert check(expected, [[1.0, 2.0]], config=TOL) is None
    assert "shape differs" in check(expected, [1.0, 2.0], config=TOL).message
    assert "ragged" in check(expected, [[1.0], [2.0, 3.0]], config=TOL).message


def test_array_accepted_for_list():
    assert check([0.5, 0.25], arr([0.5, 0.25]), config=TOL) is None


def test_zero_dim_array_and_scalar():
    assert check(0.5, arr(0.5, shape=[]), config=TOL) is None
    assert check({"__ndarray__": 0.5}, 0.5, config=TOL) is None


def test_empty_arrays():
    assert check({"__ndarray__": [[], []]}, arr([[], []], shape=[2, 0]), config=TOL) is None
    assert check({"__ndarray__": [[], []]}, arr([], shape=[0]), config=TOL) is not None


def test_real_numpy_array_understood():
    np = pytest.importorskip("numpy")
    assert check({"__ndarray__": [[1.0, 2.0]]}, np.array([[1.0, 2.0]]), config=TOL) is None
    result = check({"__ndarray__": [[1.0, 2.0]]}, np.array([1.0, 2.0]), config=TOL)
    assert result.message == "shape differs: expected (1, 2), got (2,)"
    assert check(0.5, np.float64(0.5), config=TOL) is None


# -- object mode -------------------------------------------------------------------


STEPS = [
    {"new": [4]},
    {"get": "weight"},
    {"call": "forward", "args": [{"__ndarray__": [[1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 1.0, 1.0]]}]},
]
OBJ = dict(config=TOL, steps=STEPS)


def test_object_mode_all_steps_match():
    expected = [None, {"__ndarray__": [1, 1, 1, 1]}, {"__ndarray__": [[0.5] * 4, [1.0] * 4]}]
    actual = [None, arr([1.0] * 4), arr([[0.5] * 4, [1.0] * 4])]
    assert check(expected, actual, **OBJ) is None


def test_object_mode_names_the_step():
    expected = [None, {"__ndarray__": [1, 1, 1, 1]}, {"__ndarray__": [[0.5] * 4, [1.0] * 4]}]
    actual = [None, arr([1.0] * 4), arr([[0.5] * 4, [1.0, 1.0, 0.9, 1.0]])]
    result = check(expected, actual, **OBJ)
    assert result.message.startswith("step 3, .forward(array([[1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 1.0, 1.0]], shape 2x4)): "
                                     "at [1][2]: expected 1, got 0.9")
    assert "1 of 8 elements differ" in result.message


def test_object_mode_get_step_named():
    expected = [None, {"__ndarray__": [1, 1, 1, 1]}, None]
    actual = [None, arr([0.0] * 4), None]
    result = check(expected, actual, **OBJ)
    assert result.message.startswith("step 2, .weight: at [0]: expected 1, got 0")


def test_object_mode_shape_in_step():
    expected = [None, {"__ndarray__": [1, 1, 1, 1]}, None]
    actual = [None, arr([[1.0, 1.0], [1.0, 1.0]]), None]
    result = check(expected, actual, **OBJ)
    assert result.message == "step 2, .weight: shape differs: expected (4,), got (2, 2)"


def test_object_mode_constructor_and_set_steps():
    steps = [{"new": [{"__tuple__": [3, 4]}, 1e-05]}, {"set": "bias", "value": {"__ndarray__": [0.0]}}]
    result = check([None, None], [None, 5], config=TOL, steps=steps)
    assert result.message.startswith("step 2, .bias = array([0.0], shape 1): ")
    result = check([None, None], [1, None], config=TOL, steps=steps)
    assert result.message.startswith("step 1, new((3, 4), 1e-05): ")


def test_object_mode_without_steps_still_numbers_steps():
    result = check([None, 1.0], [None, 2.0], config=TOL, steps=[])
    assert result.message.startswith("step 2: expected 1, got 2")


def test_object_mode_step_count_differs():
    result = check([None, 1.0], [None], **OBJ)
    assert "2 steps" in result.message
