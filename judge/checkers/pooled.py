"""Pooled uniformity tests for randomized problems: the evidence of all streams at once.

The ``statistical`` checker judges each stream on its own, with a share of the false
failure budget each; a small bias (a few tenths of a percent) hides in one 100,000-call
stream. Here the counts of every stream of a run are summed first, then tested once:

- singles: how often each of the ``k`` values came up, over all outputs of all streams
  (Pearson's chi-square against equal cells, ``k - 1`` degrees of freedom);
- pairs: how often each of the ``k**2`` non-overlapping pairs of consecutive outputs
  (calls 1-2, 3-4, ... of each stream) came up (``k**2 - 1`` degrees of freedom).

Each test fails when its chi-square p-value is below ``alpha / (2 * SAFETY)`` (the two
tests share the budget ``alpha``, Bonferroni; ``SAFETY`` covers the chi-square
approximation's error in the far tail, as in the per-stream checker).

Power. A distribution ``q`` over ``K`` cells that is off the uniform ``u`` by a total
variation ``delta`` gives Pearson's statistic on ``N`` observations a noncentrality
``lambda = N * K * sum((q - u)**2)``. By Cauchy-Schwarz, ``sum((q - u)**2) >=
(sum|q - u|)**2 / K = (2 * delta)**2 / K``, so ``lambda >= 4 * N * delta**2`` whatever
``K``, with equality when every cell is off by the same amount (the alternative hardest
to detect). :func:`detectable_tv` inverts this: the smallest total variation that the
test rejects with the given probability, from the noncentral chi-square distribution.
docs/statistics.md has the figures.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from judge.checkers.base import Mismatch, options
from judge.checkers.cells import checked_tally
from judge.checkers.statistical import SAFETY, Options, chi_square_log_sf, parse

DEFAULT_POOLED_ALPHA = Options.pooled_alpha  # false-refusal budget of the two pooled tests together
DEFAULT_POWER = Options.power


def critical_value(df: int, log_alpha: float) -> float:
    """The x with ln P(chi2_df >= x) = ``log_alpha`` (bisection; the survival function is monotone)."""
    lo, hi = 0.0, float(df)
    while chi_square_log_sf(hi, df) > log_alpha:
        hi *= 2.0
    for _ in range(100):
        mid = (lo + hi) / 2.0
        if chi_square_log_sf(mid, df) > log_alpha:
            lo = mid
        else:
            hi = mid
    return hi


def noncentral_sf(x: float, df: int, noncentrality: float) -> float:
    """P(X >= x) for X noncentral chi-square: a Poisson(lambda/2) mixture of central ones.

    The central tails of df + 2j degrees of freedom are Q(df/2 + j, x/2) (Q the regularized
    upper incomplete gamma function), and Q(a + 1, h) = Q(a, h) + h**a e**-h / Gamma(a + 1):
    one tail is computed, the others by that recurrence (adding positive terms, stable), a
    twentieth of the time of computing each (the report's detectable bias costs 0.2 s less).
    """
    half = noncentrality / 2.0
    if half == 0:
        return math.exp(chi_square_log_sf(x, df))
    spread = 12.0 * math.sqrt(half) + 12.0  # Poisson weights beyond 12 sd are below 1e-30
    first, last = max(0, int(half - spread)), int(half + spread)
    h = x / 2.0
    tail = math.exp(chi_square_log_sf(x, df + 2 * first))
    log_h, log_half = math.log(h) if h > 0 else -math.inf, math.log(half)
    total = 0.0
    for j in range(first, last + 1):
        total += math.exp(-half + j * log_half - math.lgamma(j + 1)) * tail
        a = df / 2.0 + j
        tail += math.exp(a * log_h - h - math.lgamma(a + 1)) if h > 0 else 0.0
    return min(total, 1.0)


@functools.lru_cache(maxsize=64)
def noncentrality_for(df: int, log_alpha: float, power: float) -> float:
    """The smallest noncentrality at which the test with threshold ``log_alpha`` rejects with ``power``."""
    x = critical_value(df, log_alpha)
    lo, hi = 0.0, 16.0
    f_lo, f_hi = noncentral_sf(x, df, lo) - power, noncentral_sf(x, df, hi) - power
    while f_hi < 0.0:
        lo, f_lo = hi, f_hi
        hi *= 2.0
        f_hi = noncentral_sf(x, df, hi) - power
    # The Illinois variant of regula falsi: the power is smooth and monotone in lambda, so this
    # keeps bisection's bracket (hi always rejects with ``power``) in about ten evaluations
    # instead of forty, each a sum of a few hundred chi-square tails.
    side = 0
    while hi - lo > 1e-11 * hi:  # far finer than the figures are shown
        mid = hi - f_hi * (hi - lo) / (f_hi - f_lo)
        if not lo < mid < hi:
            mid = (lo + hi) / 2.0
        f_mid = noncentral_sf(x, df, mid) - power
        if f_mid >= 0.0:
            hi, f_hi = mid, f_mid
            if side == 1:
                f_lo /= 2.0
            side = 1
        else:
            lo, f_lo = mid, f_mid
            if side == -1:
                f_hi /= 2.0
            side = -1
    return hi


def _log_threshold(parsed: Options) -> float:
    return math.log(parsed.pooled_alpha / (2 * SAFETY))


def detectable_tv(outputs: int, config: Options | Mapping[str, Any]) -> dict[str, float]:
    """The total variation of singles and of pairs that ``outputs`` pooled outputs detect with ``power``."""
    parsed = options(config, Options, parse)
    k, power = parsed.outcomes, parsed.power
    log_alpha = _log_threshold(parsed)
    found: dict[str, float] = {"power": power}
    for name, observations, df in (("singles", outputs, k - 1), ("pairs", outputs // 2, k * k - 1)):
        if observations <= 0:
            found[name] = 1.0
            continue
        lam = noncentrality_for(df, log_alpha, power)
        found[name] = min(1.0, math.sqrt(lam / (4.0 * observations)))
    return found


def _pearson(counts: Counter[Any], cells: list[Any], observations: int) -> tuple[float, Any]:
    expected = observations / len(cells)
    stat = 0.0
    worst, worst_dev = cells[0], -1.0
    for cell in cells:
        dev = counts.get(cell, 0) - expected
        stat += dev * dev
        if abs(dev) > worst_dev:
            worst, worst_dev = cell, abs(dev)
    return stat / expected, worst


def _count(values: Sequence[int], k: int, singles: Counter[Any], pairs: Counter[Any]) -> None:
    """Add the values and the non-overlapping pairs of one stream to the counts: the per-stream
    checker's counts when every value is an int in 1..k (cells.tally counted them already);
    anything else is counted the plain way."""
    counted = checked_tally(values, k)
    if counted is None:
        singles.update(values)
        pairs.update(zip(values[0::2], values[1::2]))
        return
    for code, c in enumerate(counted.tuples(1)):
        singles[code + 1] += c
    for code, c in enumerate(counted.tuples(2)):
        pairs[(code // k + 1, code % k + 1)] += c


def check_streams(streams: Sequence[Sequence[int]], config: Options | Mapping[str, Any]) -> Mismatch | None:
    """Test the pooled singles and pairs of ``streams`` (each already range-checked: ints in 1..k)."""
    parsed = options(config, Options, parse)
    k = parsed.outcomes
    singles: Counter[Any] = Counter()
    pairs: Counter[Any] = Counter()
    for values in streams:
        _count(values, k, singles, pairs)
    n = sum(singles.values())
    m = sum(pairs.values())
    log_alpha = _log_threshold(parsed)
    single_cells = list(range(1, k + 1))
    pair_cells = [(a, b) for a in single_cells for b in single_cells]
    for what, counts, cells, total in (("values", singles, single_cells, n), ("pairs", pairs, pair_cells, m)):
        if total == 0:
            continue
        stat, worst = _pearson(counts, cells, total)
        log_p = chi_square_log_sf(stat, len(cells) - 1)
        if log_p < log_alpha:
            return _mismatch(what, worst, counts.get(worst, 0), total, len(cells), stat, log_p, len(streams))
    return None


def _mismatch(what: str, worst: Any, count: int, total: int, cells: int, stat: float, log_p: float,
              streams: int) -> Mismatch:
    share = count / total
    where = f"{worst}" if what == "values" else f"the pair {worst}"
    p_text = f"p = {math.exp(log_p):.1e}" if log_p > -690 else f"p < 1e{math.floor(log_p / math.log(10)) + 1}"
    return Mismatch(
        f"over all {streams} streams together ({total:,} {'outputs' if what == 'values' else 'non-overlapping pairs'}), "
        f"{where} came up {count:,} times ({share:.4%}), expected {1 / cells:.4%} (chi-square {stat:,.1f} with "
        f"{cells - 1} degrees of freedom, {p_text}): the distribution is biased",
        "Every value (and every pair of consecutive values) must be exactly equally likely. Check each "
        "rejection bound and each fallback path: a rare branch that maps outcomes unevenly biases the result.",
    )


__all__ = ["check_streams", "critical_value", "detectable_tv", "noncentral_sf", "noncentrality_for"]
