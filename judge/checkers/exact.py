"""Exact comparison, as LeetCode compares serialized outputs: 3 is not 3.0, and True is not 1.

A returned tuple equals an expected list of the same elements (both serialize as a
JSON array). The message names the first position where the outputs differ.
"""

from __future__ import annotations

from typing import Any

from judge.checkers.base import Mismatch
from judge.values import first_difference, plain, type_name


def check(expected: Any, actual: Any, *, config: dict[str, Any]) -> Mismatch | None:
    actual = plain(actual)
    if _same(expected, actual):
        return None
    return Mismatch(first_difference(expected, actual))


def _same(expected: Any, actual: Any) -> bool:
    if type_name(expected) != type_name(actual):
        return False
    if isinstance(expected, list):
        return len(expected) == len(actual) and all(_same(e, a) for e, a in zip(expected, actual))
    if isinstance(expected, dict):
        return expected.keys() == actual.keys() and all(_same(expected[k], actual[k]) for k in expected)
    return bool(expected == actual)
