"""The growth exponent fit, on synthetic timings with noise (seeded)."""

from __future__ import annotations

import random

from judge.judging.growth import exponent


def series(power: float, noise: float, seed: int) -> list[tuple[int, float]]:
    rng = random.Random(seed)
    return [(n, 1e-7 * n ** power * (1 + rng.uniform(-noise, noise))) for n in (2 ** k for k in range(6, 21))]


def test_linear_and_quadratic_are_told_apart_despite_noise():
    for seed in range(20):
        assert 0.8 <= exponent(series(1.0, 0.3, seed)) <= 1.2
        assert 1.8 <= exponent(series(2.0, 0.3, seed)) <= 2.2


def test_too_few_timeable_points_gives_no_estimate():
    assert exponent([(64, 0.0), (128, 0.0001), (256, 0.0001)]) is None


def test_one_slowed_point_does_not_move_the_estimate():
    points = [(n, 1e-7 * n) for n in (2 ** k for k in range(12, 21))]
    n, t = points[-2]
    points[-2] = (n, t * 2.0)  # a burst of load doubled one measurement
    assert 0.9 <= exponent(points) <= 1.1
