"""The ``float`` checker: numbers equal within a tolerance, through lists, tuples and arrays.

Used by problems whose answers are floating-point numbers (metrics, NumPy layers).
Options (problem.toml's ``[checker]`` table, parsed into ``Options`` when the problem
loads; anything else there is an error):

- ``rel_tol`` (number >= 0, default ``1e-6``) and ``abs_tol`` (number >= 0, default ``1e-6``).
  An actual number ``a`` matches an expected number ``e`` when
  ``|a - e| <= max(abs_tol, rel_tol * |e|)``: the relative part is taken from the
  *expected* value only, and ``abs_tol`` is the floor that lets values near zero
  match. Two ints are subtracted exactly (no rounding through float).

For the ``object`` kind the judge passes the case's ``steps``: ``expected`` and ``actual``
are then lists with one entry per step, and a mismatch names the step
("step 3, .forward(...): ...").

How values compare:

- ``int`` and ``float`` are numbers and compare with the tolerance; ``bool`` is not a
  number (``True`` does not match ``1``, nor ``1.0`` ``True``); bools match only the
  same bool.
- NaN never matches anything, not even an expected NaN; ``inf`` matches only the same
  ``inf``.
- Lists and tuples compare element by element, and a tuple matches a list with the
  same elements (tuples may arrive as Python tuples or tagged ``{"__tuple__": [...]}``).
- Arrays are tagged ``{"__ndarray__": data, ...}`` (see ``judge.values``). An array's
  shape is always read from the nesting of ``data``, never from a ``shape`` claim
  (the judge has already refused a reply whose claim disagrees with its data).
  Arrays compare first by shape
  ("shape differs: expected (2, 3), got (3, 2)"), then element by element; the dtype
  is ignored. An actual plain nested list is accepted for an expected array when its
  nesting has the expected shape, and an actual array for an expected list when its
  elements match. (A real ``numpy.ndarray`` is also understood, read through the
  base class's own accessors, without importing NumPy here.)
- Lengths are compared before elements everywhere: nothing is compared through a
  silently shorter ``zip``.
- ``None`` and strings compare with ``==``; dicts by keys, then values.

The walk itself is in judge/checkers/numeric.py. The message names the first differing element by its index path and, when more than
one number was compared, how many differ and the largest absolute difference:
``at [1][2]: expected 0.57735, got 0.5 (difference 0.077 exceeds tolerance 5.8e-06);
12 of 24 elements differ; max abs difference 0.41``. A difference in structure
(length, shape, type) is reported where it is met and ends the comparison.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge.checkers.base import Mismatch, options
from judge.checkers.numeric import Walk, is_seq, seq_items
from judge.errors import ProblemError
from judge.schema import read_table
from judge.values import show_step

DEFAULT_REL_TOL = 1e-6
DEFAULT_ABS_TOL = 1e-6


@dataclass(frozen=True)
class Options:
    rel_tol: float = DEFAULT_REL_TOL
    abs_tol: float = DEFAULT_ABS_TOL


def parse(table: Mapping[str, Any], where: str) -> Options:
    """The tolerances, each a finite number >= 0."""
    parsed = read_table(Options, table, where)
    for key in ("rel_tol", "abs_tol"):
        value = getattr(parsed, key)
        if not math.isfinite(value) or value < 0:
            raise ProblemError(f"{where} {key} must be a finite number >= 0, got {value!r}")
    return parsed


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any] = Options(),
          steps: list[Any] | None = None) -> Mismatch | None:
    """None when ``actual`` matches ``expected`` within the tolerance, else a Mismatch."""
    tol = options(config, Options, parse)
    if steps is not None and isinstance(expected, list) and is_seq(actual):
        return _check_steps(expected, seq_items(actual), steps, tol)
    walk = Walk(tol.rel_tol, tol.abs_tol)
    walk.run(expected, actual)
    if walk.ok:
        return None
    return Mismatch(walk.message(), walk.hint)


def _check_steps(expected: list[Any], actual: list[Any], steps: list[Any], tol: Options) -> Mismatch | None:
    """Object mode: one comparison per step; the first differing step is named."""
    if len(actual) != len(expected):
        return Mismatch(f"expected results for {len(expected)} steps, got {len(actual)}")
    for index, (want, got) in enumerate(zip(expected, actual)):
        walk = Walk(tol.rel_tol, tol.abs_tol)
        walk.run(want, got)
        if not walk.ok:
            step = steps[index] if index < len(steps) else None
            label = show_step(step, 30) if isinstance(step, dict) else ""
            where = f"step {index + 1}, {label}" if label else f"step {index + 1}"
            return Mismatch(f"{where}: {walk.message()}", walk.hint)
    return None
