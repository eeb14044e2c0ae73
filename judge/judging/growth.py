"""Fitting a growth exponent to (n, seconds) points: pure functions, no processes.

``judge.judging.complexity`` measures; this module turns the measurements into an
answer that is never "?" for a solution that finished at three sizes or more:

- the exponent is the Theil-Sen slope of log t over log n (the median of the slopes
  between every pair of points: one point that a burst of load slowed down moves a
  least-squares fit a lot, the median hardly at all);
- it is fitted over the largest points that stand clear of the per-call overhead
  (at least ``OVERHEAD_FACTOR`` x the time at the smallest size): below that the
  constant cost of a call flattens the slope. When fewer than three points stand
  clear, the three largest are used: a flat fit near 0 is then the honest answer;
- the uncertainty is half the spread of the exponents fitted to each round of
  measurements separately (at least ``MIN_UNCERTAINTY``): what a rerun could move.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping, Sequence

FIT_POINTS = 5
OVERHEAD_FACTOR = 8.0
MIN_UNCERTAINTY = 0.02


@dataclass(frozen=True)
class Fit:
    """An exponent with its uncertainty, and the sizes it was fitted on."""

    exponent: float
    uncertainty: float
    sizes: tuple[int, ...]


def fit_points(points: Sequence[tuple[int, float]]) -> list[tuple[int, float]]:
    """The points the slope is fitted on: the largest ones clear of call overhead (or the three largest)."""
    timed = sorted((n, t) for n, t in points if t > 0)
    if len(timed) < 3:
        return []
    floor = timed[0][1] * OVERHEAD_FACTOR
    clear = [(n, t) for n, t in timed if t >= floor][-FIT_POINTS:]
    return clear if len(clear) >= 3 else timed[-3:]


def exponent(points: Sequence[tuple[int, float]]) -> float | None:
    """Theil-Sen slope of log t over log n over ``fit_points``; None with fewer than three timed sizes."""
    usable = fit_points(points)
    if not usable:
        return None
    slopes = sorted((math.log(t2) - math.log(t1)) / (math.log(n2) - math.log(n1))
                    for i, (n1, t1) in enumerate(usable) for n2, t2 in usable[i + 1:])
    middle = len(slopes) // 2
    median = slopes[middle] if len(slopes) % 2 else (slopes[middle - 1] + slopes[middle]) / 2
    return round(median, 2)


def fit(rounds: Mapping[int, Sequence[float]]) -> Fit | None:
    """Fit readings per size (one per round) : the exponent of the per-size minima, and the spread
    of the exponents fitted to each round alone as its uncertainty."""
    best = [(n, min(ts)) for n, ts in sorted(rounds.items()) if ts]
    found = exponent(best)
    if found is None:
        return None
    count = min((len(ts) for ts in rounds.values() if ts), default=0)
    per_round = [e for r in range(count) if (e := exponent([(n, ts[r]) for n, ts in rounds.items()])) is not None]
    spread = (max(per_round) - min(per_round)) / 2 if len(per_round) > 1 else 0.0
    return Fit(found, round(max(spread, MIN_UNCERTAINTY), 2), tuple(n for n, _ in fit_points(best)))


def worst_family(fits: Mapping[str, Fit | None]) -> str | None:
    """The family on which the solution grows fastest (the one to report)."""
    known = {name: f for name, f in fits.items() if f is not None}
    return max(known, key=lambda name: known[name].exponent) if known else None


__all__ = ["Fit", "exponent", "fit", "fit_points", "worst_family"]
