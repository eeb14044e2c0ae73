"""judge.values.rebuild: a reply's values are re-derived by the judge, and claims that disagree are refused."""

from __future__ import annotations

from typing import Any

import pytest

from judge import values
from judge.checkers import floats


def array(data: Any, shape: list[int], dtype: str = "float64") -> dict[str, Any]:
    return {"__ndarray__": data, "shape": shape, "dtype": dtype}


@pytest.mark.parametrize("forged, says", [
    (array([], [2, 3]), "claims shape (2, 3) but its data has shape (0,)"),
    (array([[1.0], [2.0, 3.0]], [2, 1]), "ragged"),
    (array([[1.0, 2.0]], [2, 1]), "claims shape (2, 1)"),
    (array([1, 2], [2]), "claims dtype float64 but holds int"),
    (array([True], [1], "int64"), "claims dtype int64"),
    ({"__ndarray__": [1.0]}, "unknown tagged value"),
    ({"__tuple__": 3}, "unknown tagged value"),
    ({"__dict__": [[1, 2, 3]]}, "[key, value] pairs"),
    ({"plain": 1}, "unknown tagged value"),
])
def test_forged_values_are_refused(forged: Any, says: str) -> None:
    with pytest.raises(values.Malformed, match=says.replace("(", r"\(").replace(")", r"\)").replace("[", r"\[")):
        values.rebuild([1, forged])


def test_honest_arrays_pass_and_an_empty_leading_axis_keeps_its_shape() -> None:
    assert values.rebuild(array([[1.0, 2.0]], [1, 2])) == array([[1.0, 2.0]], [1, 2])
    assert values.rebuild(array([], [0, 3])) == array([], [0, 3])  # tolist() of a (0, 3) array is []
    assert values.rebuild(array(2.5, [])) == array(2.5, [])
    assert values.rebuild(array([1, "a"], [2], "object")) == array([1, "a"], [2], "object")


def test_checkers_read_the_shape_from_the_data_never_from_the_claim() -> None:
    expected = {"__ndarray__": [[2.0, 4.0, 6.0], [8.0, 10.0, 12.0]]}
    claimed = {"__ndarray__": [], "shape": [2, 3], "dtype": "float64"}  # what rebuild would refuse
    mismatch = floats.check(expected, claimed, config=floats.Options())
    assert mismatch is not None and "shape differs" in mismatch.message


def test_lengths_before_elements() -> None:
    assert values.first_difference([1, 2, 3], [1, 2]) == "has length 2, expected 3"
    assert floats.check([1.0, 2.0], [1.0], config=floats.Options()) is not None
