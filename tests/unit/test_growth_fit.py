"""Growth always answers (judge.judging.growth): fits on synthetic timings, seeded, no processes."""

from __future__ import annotations

import random

import pytest

from judge.judging.growth import fit, fit_points, worst_family

SIZES = [2 ** k for k in range(4, 15)]  # 16 .. 16384: the sizes a small constraint allows


def rounds(power: float, overhead_s: float, per_unit_s: float, noise: float, seed: int, count: int = 3):
    rng = random.Random(seed)
    return {n: [(overhead_s + per_unit_s * n ** power) * (1 + rng.uniform(0, noise)) for _ in range(count)]
            for n in SIZES}


@pytest.mark.parametrize("seed", range(10))
def test_microsecond_linear_calls_under_call_overhead_still_fit_near_one(seed):
    # 5 us per call of overhead, 20 ns per element: at n = 16384 a call takes 0.33 ms
    found = fit(rounds(1.0, 5e-6, 2e-8, 0.15, seed))
    assert found is not None and 0.85 <= found.exponent <= 1.15
    assert found.sizes[0] >= 1024  # the flat start (overhead) is left out of the slope


@pytest.mark.parametrize("seed", range(10))
def test_linear_and_quadratic_do_not_overlap_with_noise(seed):
    linear = fit(rounds(1.0, 5e-6, 2e-8, 0.3, seed))
    quadratic = fit(rounds(2.0, 5e-6, 2e-9, 0.3, seed + 100))
    assert linear and quadratic and linear.exponent + linear.uncertainty < quadratic.exponent - quadratic.uncertainty


def test_uncertainty_is_half_the_spread_between_rounds_and_never_zero():
    steady = fit({n: [1e-7 * n] * 3 for n in SIZES})
    assert steady is not None and steady.uncertainty == 0.02
    a = {n: 1e-7 * n for n in SIZES}
    b = {n: 1e-7 * n ** 1.2 for n in SIZES}
    found = fit({n: [a[n], b[n]] for n in SIZES})
    assert found is not None and found.uncertainty == pytest.approx(0.1, abs=0.01)


def test_a_constant_time_solution_answers_near_zero_instead_of_nothing():
    found = fit(rounds(0.0, 2e-6, 0.0, 0.1, 3))
    assert found is not None and abs(found.exponent) < 0.3


def test_fewer_than_three_finished_sizes_is_no_fit():
    assert fit({16: [0.6], 32: [1.3]}) is None
    assert fit_points([(16, 0.0), (32, 1e-6), (64, 2e-6)]) == []


def test_the_worst_family_is_the_one_the_solution_grows_fastest_on():
    one_block = fit(rounds(1.0, 5e-6, 2e-8, 0.1, 1))
    small_blocks = fit(rounds(2.0, 5e-6, 2e-9, 0.1, 2))
    assert worst_family({"one block": one_block, "blocks of one": small_blocks, "broken": None}) == "blocks of one"
    assert worst_family({"broken": None}) is None
