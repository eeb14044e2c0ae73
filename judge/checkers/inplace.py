"""In-place problems (LeetCode 344): the argument is judged after the call, not the return value.

A solution that rebinds its parameter (``s = s[::-1]``) leaves the caller's list
unchanged; when that happens the message says so and how to fix it.
"""

from __future__ import annotations

from typing import Any

from judge.checkers import exact
from judge.checkers.base import Mismatch
from judge.values import plain


def check(expected: Any, actual: Any, *, config: dict[str, Any]) -> Mismatch | None:
    """``actual`` is ``{"arg_after": ..., "returned": ..., "arg_before": ...}`` built by the runner."""
    after = plain(actual["arg_after"])
    mismatch = exact.check(expected, after, config=config)
    if mismatch is None:
        return None
    hint = None
    returned = plain(actual.get("returned"))
    if after == plain(actual.get("arg_before")):
        hint = ("the argument was not modified: this problem is judged on the list you were given, "
                "after your function returns. Assigning a new list to the parameter (s = s[::-1]) or "
                "returning a result does not change the caller's list; modify it in place "
                "(s[:] = s[::-1], s.reverse(), or swapping elements).")
        if returned is not None and exact.check(expected, returned, config=config) is None:
            hint = "you returned the right answer but " + hint[0].lower() + hint[1:]
    return Mismatch(f"the argument after the call {mismatch.message}", hint)
