"""The pooled rand10 tests (judge/checkers/pooled.py): power figures and seeded verdicts."""

from __future__ import annotations

import math
import random

import pytest

from judge.checkers import pooled

CONFIG = {"outcomes": 10}


def _streams(draw, streams: int, calls: int) -> list[list[int]]:
    return [[draw() for _ in range(calls)] for _ in range(streams)]


def test_critical_value_inverts_the_survival_function() -> None:
    from judge.checkers.statistical import chi_square_log_sf

    x = pooled.critical_value(99, math.log(1e-7))
    assert chi_square_log_sf(x, 99) == pytest.approx(math.log(1e-7), rel=1e-9)


def test_noncentral_sf_matches_its_mean_and_the_central_case() -> None:
    expected = math.exp(-15.0) * sum(15.0**j / math.factorial(j) for j in range(5))  # even df: closed form
    assert pooled.noncentral_sf(30.0, 10, 0.0) == pytest.approx(expected, rel=1e-9)
    # a noncentral chi-square has mean df + lambda: about half its mass lies above it
    assert 0.4 < pooled.noncentral_sf(99 + 150, 99, 150.0) < 0.6


def test_three_million_outputs_detect_half_a_percent() -> None:
    found = pooled.detectable_tv(3_170_000, {"outcomes": 10, "pooled_alpha": 5e-7})
    assert found["singles"] < found["pairs"] < 0.005
    assert pooled.detectable_tv(1_000_000, CONFIG)["pairs"] > 0.005


def test_a_correct_generator_passes() -> None:
    rng = random.Random(14)
    streams = _streams(lambda: rng.randint(1, 10), 4, 50_000)
    assert pooled.check_streams(streams, CONFIG) is None


def test_a_bias_hidden_in_each_stream_shows_when_pooled() -> None:
    """10 comes up 1/10 * 0.95 of the time: too slight for one 50,000-call stream."""
    rng = random.Random(470)

    def biased() -> int:
        value = rng.randint(1, 10)
        return rng.randint(1, 9) if value == 10 and rng.random() < 0.05 else value

    streams = _streams(biased, 8, 50_000)
    found = pooled.check_streams(streams, CONFIG)
    assert found is not None and "10 came up" in found.message


def test_a_biased_pair_fails_the_pair_test() -> None:
    """Singles stay uniform, but (1, 1) and (2, 2) are 1.5 times as likely as they should be."""
    rng = random.Random(76)
    streams = []
    for _ in range(4):
        values: list[int] = []
        while len(values) < 100_000:
            a, b = rng.randint(1, 10), rng.randint(1, 10)
            if (a, b) in ((1, 2), (2, 1)) and rng.random() < 0.5:  # (1, 2) -> (1, 1), (2, 1) -> (2, 2)
                b = a
            values += [a, b]
        streams.append(values)
    found = pooled.check_streams(streams, CONFIG)
    assert found is not None and "the pair (" in found.message


@pytest.mark.parametrize(("x", "df", "lam"), [(189.3, 99, 152.3), (49.7, 9, 78.6), (0.5, 1, 0.01), (1200.0, 999, 900.0)])
def test_noncentral_sf_equals_the_mixture_term_by_term(x: float, df: int, lam: float) -> None:
    # the recurrence between central tails gives what each tail computed on its own gives
    from judge.checkers.statistical import chi_square_log_sf

    half = lam / 2
    spread = 12 * math.sqrt(half) + 12
    direct = sum(math.exp(-half + j * math.log(half) - math.lgamma(j + 1) + chi_square_log_sf(x, df + 2 * j))
                 for j in range(max(0, int(half - spread)), int(half + spread) + 1))
    assert pooled.noncentral_sf(x, df, lam) == pytest.approx(min(direct, 1.0), rel=1e-12)
