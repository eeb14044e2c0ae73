"""Exact comparison, as LeetCode compares serialized outputs: 3 is not 3.0, and True is not 1.

A returned tuple equals an expected list of the same elements (both serialize as a
JSON array). The message names the first position where the outputs differ. It
takes no options.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge.checkers.base import Mismatch
from judge.schema import read_table
from judge.values import first_difference, plain, type_name


@dataclass(frozen=True)
class Options:
    """The exact checker takes no options."""


def parse(table: Mapping[str, Any], where: str) -> Options:
    return read_table(Options, table, where)


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any] = Options(),
          steps: list[Any] | None = None) -> Mismatch | None:
    actual = plain(actual)
    if _same(expected, actual):
        return None
    return Mismatch(first_difference(expected, actual))


# Exact types whose ``==`` between two values of the same type is exact comparison (no float:
# two NaNs from two parses differ, which a list's identity shortcut could hide).
_FLAT: frozenset[type] = frozenset({str, int, bool, type(None)})


def _same(expected: Any, actual: Any) -> bool:
    if type(expected) is list and type(actual) is list and len(expected) == len(actual):
        # A flat list of one scalar type on both sides (a reversed string's characters, 10^5
        # ints) is compared at C speed: element by element below, it was most of a judging.
        kinds = set(map(type, expected))
        if len(kinds) == 1 and kinds <= _FLAT and set(map(type, actual)) == kinds:
            return bool(expected == actual)
    if type_name(expected) != type_name(actual):
        return False
    if isinstance(expected, list):
        return len(expected) == len(actual) and all(_same(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict):
        return expected.keys() == actual.keys() and all(_same(expected[k], actual[k]) for k in expected)
    return bool(expected == actual)
