"""Exact and in-place checkers: LeetCode's strictness, and messages that say what differs."""

from __future__ import annotations

from judge.checkers import exact, get, inplace
from judge.values import first_difference, show


def test_exact_accepts_equal_values():
    assert exact.check("abc", "abc", config={}) is None
    assert exact.check([1, [2, 3]], [1, [2, 3]], config={}) is None


def test_exact_is_strict_about_types():
    assert exact.check(3, 3.0, config={}) is not None
    assert exact.check(1, True, config={}) is not None
    assert exact.check([1], [True], config={}) is not None
    assert exact.check("", None, config={}) is not None


def test_returned_tuple_equals_expected_list():
    assert exact.check([1, 2], {"__tuple__": [1, 2]}, config={}) is None


def test_first_difference_in_strings_and_lists():
    assert "index 2" in exact.check("abcd", "abXd", config={}).message
    assert "length 3" in exact.check([1, 2, 3, 4], [1, 2, 3], config={}).message
    assert "wrong type: expected str, got None" in first_difference("a", None)


def test_unsupported_object_is_named():
    mismatch = exact.check(3, {"__unsupported__": "Liar", "repr": "<Liar>"}, config={})
    assert mismatch is not None and "Liar" in mismatch.message


def test_inplace_judges_the_argument_and_explains_rebinding():
    config = {"arg": 0}
    right = {"arg_after": ["c", "b", "a"], "returned": None, "arg_before": ["a", "b", "c"]}
    assert inplace.check(["c", "b", "a"], right, config=config) is None
    rebound = {"arg_after": ["a", "b", "c"], "returned": ["c", "b", "a"], "arg_before": ["a", "b", "c"]}
    mismatch = inplace.check(["c", "b", "a"], rebound, config=config)
    assert mismatch is not None
    assert mismatch.hint.startswith("you returned the right answer")
    assert "s[:] = s[::-1]" in mismatch.hint


def test_inplace_wrong_modification_has_no_rebinding_hint():
    changed = {"arg_after": ["b", "a", "c"], "returned": None, "arg_before": ["a", "b", "c"]}
    mismatch = inplace.check(["c", "b", "a"], changed, config={"arg": 0})
    assert mismatch is not None and mismatch.hint is None and "index 0" in mismatch.message


def test_registry_finds_checkers_by_name():
    assert get("exact") is exact and get("inplace") is inplace


def test_show_shortens_long_values_readably():
    text = show("x" * 100_000)
    assert len(text) < 300 and "length 100,000" in text and "..." in text
    listed = show(list(range(50_000)))
    assert listed.startswith("[0, 1, 2") and "49999]" in listed and "length 50,000" in listed


def test_exact_flat_lists_keep_exact_types():
    """The C-speed path for flat lists of one scalar type compares types as strictly as the slow one."""
    letters = list("hello world" * 1000)
    assert exact.check(letters, list(letters), config={}) is None
    assert exact.check([1, 0, 1], [True, False, True], config={}) is not None
    assert exact.check([True, False], [1, 0], config={}) is not None
    assert exact.check([1, 2], [1.0, 2.0], config={}) is not None
    assert exact.check([None, None], [None, None], config={}) is None
    assert exact.check(["a", "b"], ["a", {"__tuple__": ["b"]}], config={}) is not None
    changed = letters[:-1] + ["X"]
    assert f"index {len(letters) - 1}" in exact.check(letters, changed, config={}).message
    assert exact.check([1, 2], {"__tuple__": [1, 2]}, config={}) is None
    assert exact.check([float("nan")], [float("nan")], config={}) is not None
