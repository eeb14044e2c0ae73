"""The same verdict every run: cases timed near their limit are settled in fresh children.

A case's CPU time is one noisy reading. Measured here, one case's time over its limit
(the limit follows the reference timed beside it) varies between runs with a log
standard deviation up to ``SIGMA`` on this shared 2-core machine (docs/timing.md). So a
verdict read straight off one reading flips between runs whenever the true time is
within a few sigma of the limit. The rule:

1. ``zone``: a reading within a factor ``GREY`` = exp(``Z`` x ``SIGMA``) of the limit is
   grey; below it the case is Accepted on time, above it TLE, as measured.
2. ``settle``: a grey case is measured again in up to ``FRESH_RUNS`` fresh children (each
   loads the solution, runs the first sample unmeasured to warm up, then the case once),
   each beside a fresh reading of the reference where the run has a reference clock.
   Never in the judged child: a second call there could answer from a memo.
3. ``decide``: TLE if and only if the median of the fresh readings' time-over-limit
   exceeds 1, so ties go to the solution; the runs stop as soon as a majority agrees.

Bound (``wrong_verdict_probability``): with log-normal noise of deviation sigma and a
true time d x sigma (in log) from the limit, the verdict is wrong with probability at
most Phi(-Z - d) (a reading outside the grey zone on the wrong side) plus the
probability that a majority of the fresh readings falls on the wrong side (a binomial
tail with p = Phi(-d)). Two runs disagree with probability 2w(1 - w) for w that bound.
It is <= 1e-3 for every submission whose true time is at least ``stable_band()``
sigmas from its limit (1.78 sigma with 5 fresh runs: about 20% for SIGMA = 0.10).
Inside that band no rule that reads a clock can do better than chance at the exact
limit; calibrated limits (judge.problems.calibration) keep every known submission at
least 1.5x away from it, and the band is reported in docs/timing.md.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Callable, Literal, Sequence

SIGMA = 0.10  # log standard deviation of one case's time over limit between runs (measured; docs/timing.md)
Z = 3.29  # two-sided normal quantile for 1e-3
GREY = math.exp(Z * SIGMA)  # about 1.39: readings within this factor of the limit are re-measured
FRESH_RUNS = 5
MAX_FLIP = 1e-3

Zone = Literal["inside", "grey", "beyond"]


def zone(seconds: float, limit_s: float, grey: float = GREY) -> Zone:
    """Where one reading sits: well inside the limit, near it, or well beyond it."""
    if seconds <= limit_s / grey:
        return "inside"
    if seconds > limit_s * grey:
        return "beyond"
    return "grey"


def decide(over_limit: Sequence[float]) -> bool:
    """TLE from fresh readings of time / limit: the median is over 1 (a tie is the solution's)."""
    return statistics.median(over_limit) > 1.0


def majority_known(over_limit: Sequence[float], runs: int = FRESH_RUNS) -> bool:
    """Whether the remaining runs can no longer change ``decide`` (a majority already agrees)."""
    need = runs // 2 + 1
    above = sum(1 for q in over_limit if q > 1.0)
    return above >= need or len(over_limit) - above >= need


@dataclass(frozen=True)
class Settled:
    """The outcome of the rule on one case: the verdict on time, and the readings behind it."""

    tle: bool
    readings: tuple[float, ...]  # time / limit, first the judged run's, then each fresh run's
    fresh: bool

    def describe(self) -> str:
        if not self.fresh:
            return ""
        runs = ", ".join(_times(q) for q in self.readings[1:])
        return (f"near its limit ({_times(self.readings[0])}), so measured again in {len(self.readings) - 1} "
                f"fresh processes (time/limit {runs}): median {_times(statistics.median(self.readings[1:]))}")


def _times(over_limit: float) -> str:
    return "stopped" if math.isinf(over_limit) else f"{over_limit:.2f}x"


def settle(first: float, fresh_reading: Callable[[], float | None], runs: int = FRESH_RUNS,
           grey: float = GREY) -> Settled:
    """Apply the rule to a first reading ``first`` (time / limit); ``fresh_reading`` measures once more in a
    fresh child and returns time / limit, or None when that run did not finish (counted as over the limit)."""
    where = zone(first, 1.0, grey)
    if where != "grey":
        return Settled(where == "beyond", (first,), False)
    readings: list[float] = []
    while len(readings) < runs and not majority_known(readings, runs):
        got = fresh_reading()
        readings.append(math.inf if got is None else got)
    return Settled(decide(readings), (first, *readings), True)


def normal_cdf(x: float) -> float:
    return 0.5 * math.erfc(-x / math.sqrt(2))


def majority_wrong(p: float, runs: int = FRESH_RUNS) -> float:
    """Probability that a majority of ``runs`` readings falls on the wrong side, each with probability ``p``."""
    need = runs // 2 + 1
    return sum(math.comb(runs, k) * p ** k * (1 - p) ** (runs - k) for k in range(need, runs + 1))


def wrong_verdict_probability(distance: float, runs: int = FRESH_RUNS, z: float = Z) -> float:
    """Upper bound on a wrong verdict for a true time ``distance`` sigmas (log scale) from the limit."""
    d = abs(distance)
    return min(1.0, normal_cdf(-z - d) + majority_wrong(normal_cdf(-d), runs))


def flip_probability(distance: float, runs: int = FRESH_RUNS, z: float = Z) -> float:
    """Upper bound on two independent runs disagreeing."""
    w = min(wrong_verdict_probability(distance, runs, z), 0.5)
    return 2 * w * (1 - w)


def stable_band(runs: int = FRESH_RUNS, z: float = Z, target: float = MAX_FLIP) -> float:
    """The smallest distance (in sigmas) from the limit beyond which runs disagree with probability <= target."""
    low, high = 0.0, 10.0
    for _ in range(60):
        middle = (low + high) / 2
        low, high = (middle, high) if flip_probability(middle, runs, z) > target else (low, middle)
    return high


__all__ = ["FRESH_RUNS", "GREY", "SIGMA", "Settled", "decide", "flip_probability", "settle", "stable_band",
           "wrong_verdict_probability", "zone"]
