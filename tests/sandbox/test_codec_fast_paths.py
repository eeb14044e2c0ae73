"""The harness's fast paths for flat lists (judge/sandbox/harness/codec.py): the same value as item by item,
and no way around the exact-type rebuild for anything that is not an exact built-in scalar."""

from __future__ import annotations

import importlib.util
import json

import pytest

from fixture_paths import ROOT

_SPEC = importlib.util.spec_from_file_location("harness_codec", ROOT / "judge" / "sandbox" / "harness" / "codec.py")
assert _SPEC is not None and _SPEC.loader is not None
codec = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(codec)


class Liar(str):
    def __eq__(self, other: object) -> bool:
        return True

    __hash__ = str.__hash__


class Sneaky(list):
    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(["forged"])


@pytest.mark.parametrize("value", [
    list("hello [world]"), [1, -2, 3], [True, False, 1], [1.5, None, "x", 2, False], [], [2 ** 8191 + 1, -(2 ** 8191)],
])
def test_a_flat_list_of_exact_scalars_is_copied_as_item_by_item_would_rebuild_it(value: list) -> None:
    got = codec.encode(value)
    assert got == value and got is not value and json.dumps(got) == json.dumps(value)


def test_an_int_too_wide_for_decimal_json_is_still_tagged() -> None:
    wide = 2 ** 8193
    assert codec.encode([1, wide]) == [1, {"__int__": format(wide, "x")}]
    assert codec.encode([-wide, "x"]) == [{"__int__": "-" + format(wide, "x")}, "x"]


def test_subclasses_in_or_of_a_list_are_rebuilt_item_by_item() -> None:
    got = codec.encode(["a", Liar("b")])
    assert got == ["a", "b"] and type(got[1]) is str  # a plain str: its lying __eq__ stays behind
    assert codec.encode(Sneaky(["x", "y"])) == ["x", "y"]  # read through list's own methods, not __iter__
    assert codec.encode([[1, 2], [3]]) == [[1, 2], [3]]


def test_the_budget_still_bounds_a_flat_list() -> None:
    with pytest.raises(codec.OutputTooLarge):
        codec.encode(["x"] * 10, budget=[5])
    with pytest.raises(codec.OutputTooLarge):
        codec.encode(["x" * 1600], budget=[50])  # a long string counts a sixteenth of its length


def test_decoding_a_flat_list_gives_it_back_and_a_nested_one_is_decoded() -> None:
    flat = ["a", 1, None, 2.5]
    got = codec.decode(flat)
    assert got == flat and got is not flat  # a copy: an in-place solution must not change the case it was given
    assert codec.decode([{"__int__": "ff"}, [{"__tuple__": [1, 2]}]]) == [255, [(1, 2)]]
