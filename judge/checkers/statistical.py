"""The ``statistical`` checker: is one stream of outputs uniform and independent?

Used by randomized problems of the ``stream`` kind (for example "implement rand10()
using rand6()"). The judge calls the solution ``calls`` times on one seeded source
stream and hands the list of outputs to :func:`check`. Options (problem.toml's
``[checker]`` table, parsed into ``Options`` when the problem loads):

- ``outcomes`` (int >= 2, required): the outputs must be ints in ``1..outcomes``;
- ``alpha`` (number in (0, 1), optional, default ``1e-7``): the false-failure budget
  for this one stream.

What is tested, in this order (the first failure is reported):

1. every output is an ``int`` (``bool`` does not count) in ``1..outcomes``;
2. frequencies: Pearson's chi-square test that every value is equally likely
   (``outcomes`` cells, ``outcomes - 1`` degrees of freedom);
3. pairs: the non-overlapping pairs of consecutive outputs (calls 1-2, 3-4, ...)
   must be uniform over the ``outcomes**2`` cells (``outcomes**2 - 1`` degrees of
   freedom). This catches fixed cycles such as 1, 2, ..., 10, 1, 2, ... (perfectly
   uniform frequencies, but only 5 of the 100 possible pairs ever appear) and
   "next = previous + 1" tricks;
4. serial (lag 1): the table of overlapping transitions (output i, output i+1),
   tested for independence (the Anderson-Goodman test of "no memory" against a
   first-order Markov chain, ``(outcomes - 1)**2`` degrees of freedom). It uses twice
   as many pairs as test 3, so it is more sensitive to an output that depends on
   the previous one;
5. triples: the non-overlapping triples (calls 1-3, 4-6, ...) must be uniform over
   the ``outcomes**3`` cells, run only when the stream is long enough.

A chi-square test is run only when every cell expects at least
``max(20, 500 / sqrt(df))`` observations (:func:`min_expected`), so that its
chi-square p-value is accurate even in the far tail; a short stream gets only the
tests it is long enough for, and a very short one only the range check. For 10
outcomes: frequencies from about 1,700 calls, pairs from about 10,000, serial
from about 5,600, triples from 60,000.

False failures. The budget ``alpha`` is split evenly over the m tests that are run
(Bonferroni): each fails only when its chi-square p-value is below
``alpha / (SAFETY * m)``. The union bound needs no independence between the tests,
so the chance that a correct solution fails on one stream is at most ``alpha``,
provided each chi-square p-value is accurate to within the factor ``SAFETY`` (2)
in the far tail. Why it is: for tests 2, 3 and 5 the cells are equally likely
under the null hypothesis, and Pearson's statistic then has mean ``df`` and
variance ``2 * df * (1 - 1/n)``, a little below the chi-square distribution's;
its third cumulant exceeds the chi-square's by about ``22 / e`` per cell (``e`` the
expected count), and with ``e >= 500 / sqrt(df)`` the Edgeworth estimate of the
resulting error near p = 1e-8 stays below +50%. Test 4 (Anderson-Goodman) is
asymptotically chi-square under the same minimum counts. Simulation agrees: for
10 outcomes and e = 160 per cell, the frequency test's true tail is 1.0-1.2 times
the chi-square's at p = 1e-3 .. 1e-6 (2e7 streams); at e = 20 it is already 1.45
times at 1e-6, which is why small ``df`` needs larger ``e``; 1,500 correct streams
of 100,000 calls failed each test at a rate consistent with a nominal 1%. The
judge runs a handful of streams per problem and sets ``alpha`` so that the total
is at most ``1e-6``.

p-values come from :func:`chi_square_sf`, an exact survival function (regularized
upper incomplete gamma function) that needs no SciPy.

This module checks one stream. That the outputs depend on the source stream alone
(replaying a case in a fresh process gives the same outputs) and that different
seeds give different outputs is checked by the judge itself.
"""

from __future__ import annotations

import math
import reprlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from judge.checkers.chisquare import chi_square_log_sf, chi_square_sf  # noqa: F401  (re-exported)
from judge.checkers.base import Mismatch, options
from judge.checkers.cells import Tally, checked_tally, tally
from judge.errors import ProblemError
from judge.schema import read_table

MIN_EXPECTED = 20  # a chi-square test needs at least this many expected per cell ...
MIN_EXPECTED_SCALE = 500.0  # ... and at least this / sqrt(df), see min_expected()
DEFAULT_ALPHA = 1e-7  # the false-failure budget for one stream
SAFETY = 2  # covers the chi-square approximation's error in the far tail



@dataclass(frozen=True)
class Options:
    outcomes: int  # the outputs must be ints in 1..outcomes
    alpha: float = DEFAULT_ALPHA  # the false-failure budget for one stream
    pooled_alpha: float = 5e-7  # the budget of the pooled tests of all streams (judge/checkers/pooled.py)
    power: float = 0.99  # the power at which the report states the detectable bias


def parse(table: Mapping[str, Any], where: str) -> Options:
    """``outcomes`` >= 2 and ``alpha`` in (0, 1)."""
    parsed = read_table(Options, table, where)
    if parsed.outcomes < 2:
        raise ProblemError(f"{where} outcomes must be an integer >= 2, got {parsed.outcomes}")
    if not 0.0 < parsed.alpha < 1.0:
        raise ProblemError(f"{where} alpha must be a number between 0 and 1, got {parsed.alpha!r}")
    for name in ("pooled_alpha", "power"):
        if not 0.0 < getattr(parsed, name) < 1.0:
            raise ProblemError(f"{where} {name} must be a number between 0 and 1, got {getattr(parsed, name)!r}")
    return parsed


_LN_TINY = math.log(1e-300)

_HINT_RANGE = "Every call must return an int from 1 to {k}."
_HINT_UNIFORM = (
    "Some values come up more often than others. If you map the outcomes of the "
    "source onto 1..{k}, every value must receive exactly the same number of "
    "outcomes: throw away (and redraw) the outcomes that do not divide evenly, "
    "as in rejection sampling."
)
_HINT_INDEPENDENT = (
    "Every output must come from fresh calls to the source. Do not compute an "
    "output from the previous output or follow a fixed pattern: that makes "
    "consecutive outputs predictable even when each value is equally frequent."
)


# --------------------------------------------------------------------------
# Formatting
# --------------------------------------------------------------------------


def _fmt_int(n: int) -> str:
    return f"{n:,}"


def _fmt_float(x: float) -> str:
    if x >= 1e7:
        return f"{x:.3g}"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.1f}"


def _fmt_p(log_p: float) -> str:
    if log_p > _LN_TINY:
        p = math.exp(log_p)
        if p >= 1e-3:
            return f"p = {p:.3f}"
        return f"p = {p:.1e}"
    exponent = math.floor(log_p / math.log(10.0))
    return f"p < 1e{exponent + 1}"


def _fmt_cell(cell: int, k: int, width: int) -> str:
    digits = []
    for _ in range(width):
        cell, r = divmod(cell, k)
        digits.append(r + 1)
    digits.reverse()
    return "(" + ", ".join(str(v) for v in digits) + ")"


# --------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------


def _pearson(counts: list[int], expected: float) -> tuple[float, int]:
    """Pearson's statistic against equally likely cells, and the most deviant cell."""
    stat = 0.0
    worst = 0
    worst_dev = -1.0
    for cell, c in enumerate(counts):
        dev = c - expected
        stat += dev * dev
        if abs(dev) > worst_dev:
            worst_dev = abs(dev)
            worst = cell
    return stat / expected, worst


def _tuple_test(values: Tally, k: int, width: int, threshold: float) -> Mismatch | None:
    """Non-overlapping ``width``-tuples uniform over k**width cells (values are 0-based)."""
    m = len(values) // width
    cells = k**width
    counts = values.tuples(width)
    expected = m / cells
    stat, worst = _pearson(counts, expected)
    df = cells - 1
    log_p = chi_square_log_sf(stat, df)
    if log_p >= threshold:
        return None
    n = len(values)
    if width == 1:
        return Mismatch(
            f"outputs are not uniform: {worst + 1} appeared "
            f"{_fmt_int(counts[worst])} times in {_fmt_int(n)} calls, expected about "
            f"{_fmt_float(expected)} (chi-square {_fmt_float(stat)} with {df} degrees "
            f"of freedom, {_fmt_p(log_p)})",
            _HINT_UNIFORM.format(k=k),
        )
    what = "pairs" if width == 2 else "triples"
    calls = "calls 1-2, 3-4, 5-6, ..." if width == 2 else "calls 1-3, 4-6, 7-9, ..."
    return Mismatch(
        f"consecutive outputs are not independent: among the {_fmt_int(m)} "
        f"non-overlapping {what} of consecutive outputs ({calls}), "
        f"{_fmt_cell(worst, k, width)} appeared {_fmt_int(counts[worst])} times, "
        f"expected about {_fmt_float(expected)} (chi-square {_fmt_float(stat)} with "
        f"{df} degrees of freedom, {_fmt_p(log_p)})",
        _HINT_INDEPENDENT,
    )


def _serial_test(values: Tally, k: int, threshold: float) -> Mismatch | None:
    """Lag-1 independence on the overlapping transitions (output i, output i+1)."""
    m = len(values) - 1
    table = values.overlapping_pairs()
    rows = [sum(table[i * k : (i + 1) * k]) for i in range(k)]
    cols = [sum(table[j::k]) for j in range(k)]
    stat = 0.0
    worst = None
    worst_z = -1.0
    for i in range(k):
        for j in range(k):
            e = rows[i] * cols[j] / m
            if e <= 0.0:
                continue
            dev = table[i * k + j] - e
            stat += dev * dev / e
            z = abs(dev) / math.sqrt(e)
            if z > worst_z:
                worst_z = z
                worst = (i, j, e)
    # A value that never appears leaves an empty row and column; the frequency
    # test has already failed such a stream, but keep the degrees of freedom right.
    df = (sum(1 for r in rows if r) - 1) * (sum(1 for c in cols if c) - 1)
    if df <= 0 or worst is None:
        return None
    log_p = chi_square_log_sf(stat, df)
    if log_p >= threshold:
        return None
    i, j, e = worst
    return Mismatch(
        f"consecutive outputs are not independent: after each {i + 1}, the next "
        f"output was {j + 1} in {_fmt_int(table[i * k + j])} of {_fmt_int(rows[i])} cases, "
        f"expected about {_fmt_float(e)} (serial test on {_fmt_int(m)} overlapping "
        f"pairs, chi-square {_fmt_float(stat)} with {df} degrees of freedom, "
        f"{_fmt_p(log_p)})",
        _HINT_INDEPENDENT,
    )


def min_expected(df: int) -> float:
    """The fewest expected observations per cell for which a test with ``df`` is run."""
    return max(MIN_EXPECTED, MIN_EXPECTED_SCALE / math.sqrt(df))


_REPR = reprlib.Repr()
_REPR.maxstring = 40
_REPR.maxother = 40
_REPR.maxlong = 40


def _short(v: Any) -> str:
    """A short repr, safe for huge values (reprlib cuts long lists and strings)."""
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > 128:
        sign = "a negative" if v < 0 else "an"
        return f"{sign} integer of about {int(v.bit_length() * 0.30103)} digits"
    return _REPR.repr(v)


def _describe(v: Any) -> str:
    """A short repr with the type ("3.0 (float)")."""
    return f"{_short(v)} ({type(v).__name__})"


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any],
          steps: list[Any] | None = None) -> Mismatch | None:
    """Judge one stream of outputs; ``expected`` is ignored (it is ``None``)."""
    parsed = options(config, Options, parse)
    k, alpha = parsed.outcomes, parsed.alpha

    if isinstance(actual, (str, bytes)) or not isinstance(actual, Sequence):
        return Mismatch(f"expected the list of outputs of every call, got {_describe(actual)}")

    counted = checked_tally(actual, k)  # the common case, checked and counted at C speed, once (cells.py)
    if counted is None:
        found = _range_mismatch(actual, k)
        if found is not None:
            return found
        counted = tally([int(v) for v in actual], k)
    return _run_tests(counted, k, alpha)


def _range_mismatch(actual: Sequence[Any], k: int) -> Mismatch | None:
    """The first call whose output is not an int in 1..k, one by one (for the message)."""
    for call, v in enumerate(actual, start=1):
        if isinstance(v, bool) or not isinstance(v, int):
            return Mismatch(
                f"call {_fmt_int(call)} returned {_describe(v)}, not an int from 1 to {k}",
                _HINT_RANGE.format(k=k),
            )
        if not 1 <= v <= k:
            return Mismatch(
                f"call {_fmt_int(call)} returned {_short(v)}, outside the range 1 to {k}",
                _HINT_RANGE.format(k=k),
            )
    return None


def _run_tests(values: Tally, k: int, alpha: float) -> Mismatch | None:
    """The chi-square tests the stream is long enough for, the budget split evenly."""
    n = len(values)
    tests = []
    if n / k >= min_expected(k - 1):
        tests.append(("tuple", 1))
    if (n // 2) / k**2 >= min_expected(k**2 - 1):
        tests.append(("tuple", 2))
    if (n - 1) / k**2 >= min_expected((k - 1) ** 2):
        tests.append(("serial", 2))
    if (n // 3) / k**3 >= min_expected(k**3 - 1):
        tests.append(("tuple", 3))
    if not tests:
        return None
    threshold = math.log(alpha / (SAFETY * len(tests)))
    for kind, width in tests:
        if kind == "tuple":
            mismatch = _tuple_test(values, k, width, threshold)
        else:
            mismatch = _serial_test(values, k, threshold)
        if mismatch is not None:
            return mismatch
    return None
