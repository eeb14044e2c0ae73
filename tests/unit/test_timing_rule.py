"""The grey-zone rule (judge.judging.timing): a pure function of readings, checked with seeded noise."""

from __future__ import annotations

import math
import random

import pytest

from judge.judging import timing


def test_zone_edges():
    assert timing.zone(0.5, 1.0) == "inside"
    assert timing.zone(1.0, 1.0) == "grey"
    assert timing.zone(1.0 / timing.GREY, 1.0) == "inside"
    assert timing.zone(1.0 * timing.GREY * 1.001, 1.0) == "beyond"


def test_a_reading_outside_the_grey_zone_stands_without_fresh_runs():
    calls = []
    settled = timing.settle(0.3, lambda: calls.append(1) or 0.3)
    assert not settled.tle and not settled.fresh and calls == []
    assert timing.settle(3.0, lambda: calls.append(1) or 3.0).tle and calls == []


def test_fresh_runs_stop_once_a_majority_agrees():
    readings = iter([1.2, 1.3, 1.1, 0.2, 0.2])
    settled = timing.settle(1.05, lambda: next(readings))
    assert settled.tle and settled.readings == (1.05, 1.2, 1.3, 1.1)


def test_a_tie_at_the_limit_goes_to_the_solution_and_an_unfinished_run_counts_against_it():
    assert not timing.decide([1.0, 1.0, 1.0])
    readings = iter([None, None, 0.9, 0.9, None])
    assert timing.settle(1.0, lambda: next(readings)).tle


def test_the_first_reading_never_decides_a_grey_case():
    # the judged child read 0.8x (would be Accepted); three fresh children say over the limit
    readings = iter([1.1, 1.2, 1.15])
    assert timing.settle(0.8, lambda: next(readings)).tle


def simulate_wrong(true_over_limit: float, sigma: float, trials: int, rng: random.Random,
                   noise=None) -> float:
    """Fraction of simulated runs whose verdict differs from the true side of the limit."""
    draw = noise or (lambda: rng.gauss(0.0, sigma))
    truth = true_over_limit > 1.0
    wrong = 0
    for _ in range(trials):
        first = true_over_limit * math.exp(draw())
        grey = math.exp(timing.Z * sigma)
        settled = timing.settle(first, lambda: true_over_limit * math.exp(draw()), grey=grey)
        wrong += settled.tle != truth
    return wrong / trials


@pytest.mark.parametrize("distance", [0.5, 1.0, 1.5])
def test_the_analytic_bound_holds_against_seeded_normal_noise(distance):
    rng = random.Random(1200 + int(distance * 10))
    sigma = 0.1
    for sign in (1, -1):
        simulated = simulate_wrong(math.exp(sign * distance * sigma), sigma, 4000, rng)
        bound = timing.wrong_verdict_probability(distance)
        assert simulated <= bound + 3 * math.sqrt(bound * (1 - bound) / 4000) + 1e-3


def test_beyond_the_stable_band_two_runs_disagree_at_most_once_in_a_thousand():
    band = timing.stable_band()
    assert 1.5 < band < 2.2  # with five fresh runs; one reading alone would need 3.29 sigma
    assert timing.flip_probability(band) <= timing.MAX_FLIP
    assert timing.flip_probability(band * 0.9) > timing.MAX_FLIP
    assert timing.stable_band(runs=1) == pytest.approx(timing.Z, abs=0.05)
    # far from the limit, seeded simulation with heavy-tailed noise (bursts of load slow one run in ten by 30%)
    rng = random.Random(12)

    def bursty() -> float:
        return rng.gauss(0.0, 0.1) + (0.3 if rng.random() < 0.1 else 0.0)

    for true in (0.6, 1.7):
        assert simulate_wrong(true, 0.1, 5000, rng, bursty) <= timing.MAX_FLIP / 2


def test_flip_probability_is_largest_at_the_limit():
    assert timing.flip_probability(0.0) == pytest.approx(0.5)
    values = [timing.flip_probability(d / 4) for d in range(12)]
    assert values == sorted(values, reverse=True)
