"""In-place problems (LeetCode 344): the argument is judged after the call, not the return value.

Option: ``arg`` (int, required), the index of the argument judged. A solution that
rebinds its parameter (``s = s[::-1]``) leaves the caller's list unchanged; when
that happens the message says so and how to fix it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge.checkers import exact
from judge.checkers.base import Mismatch
from judge.errors import ProblemError
from judge.schema import read_table
from judge.values import plain


@dataclass(frozen=True)
class Options:
    arg: int  # the index of the argument judged after the call


def parse(table: Mapping[str, Any], where: str) -> Options:
    parsed = read_table(Options, table, where)
    if parsed.arg < 0:
        raise ProblemError(f"{where} arg must be the index of an argument (0 or more), got {parsed.arg}")
    return parsed


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any],
          steps: list[Any] | None = None) -> Mismatch | None:
    """``actual`` is ``{"arg_after": ..., "returned": ..., "arg_before": ...}`` built by the runner
    (which sends the argument ``config.arg``)."""
    after = plain(actual["arg_after"])
    mismatch = exact.check(expected, after)
    if mismatch is None:
        return None
    hint = None
    returned = plain(actual.get("returned"))
    if after == plain(actual.get("arg_before")):
        hint = ("the argument was not modified: this problem is judged on the list you were given, "
                "after your function returns. Assigning a new list to the parameter (s = s[::-1]) or "
                "returning a result does not change the caller's list; modify it in place "
                "(s[:] = s[::-1], s.reverse(), or swapping elements).")
        if returned is not None and exact.check(expected, returned) is None:
            hint = "you returned the right answer but " + hint[0].lower() + hint[1:]
    return Mismatch(f"the argument after the call {mismatch.message}", hint)
