"""Unit tests for the ``statistical`` checker (judge/checkers/statistical.py)."""

import math
import random

import pytest

from judge.checkers.base import Mismatch
from judge.checkers.statistical import check, chi_square_log_sf, chi_square_sf

CFG = {"outcomes": 10}


def rel_err(got, want):
    return abs(got - want) / abs(want)


# -- chi_square_sf -------------------------------------------------------------


@pytest.mark.parametrize(
    "x, df, p",
    [
        # textbook 5% critical values
        (3.841458820694124, 1, 0.05),
        (16.918977604620448, 9, 0.05),
        # scipy.stats.chi2.sf(x, df), SciPy 1.17.1 (also agree with mpmath.gammainc
        # at 50 digits to the digits shown)
        (21.665994333461924, 9, 0.010000000000000009),
        (100.0, 9, 1.5735176303753876e-17),
        (50.0, 10, 2.669083424904495e-07),
        (150.0, 99, 0.0007204453957169282),
        (300.0, 81, 6.816066593642319e-27),
        (1100.0, 999, 0.013818467525532353),
        (1000.0, 3, 1.7994208765314067e-216),
        (10.0, 20, 0.9681719426937951),
    ],
)
def test_chi_square_sf_known_values(x, df, p):
    assert rel_err(chi_square_sf(x, df), p) < 1e-10


@pytest.mark.parametrize("x", [1e-9, 0.3, 1.0, 2.0, 3.0, 10.0, 99.5, 250.0, 700.0, 1300.0])
def test_chi_square_sf_df2_is_exp(x):
    # chi-square with 2 degrees of freedom is exponential: sf(x) = exp(-x/2) exactly
    assert rel_err(chi_square_sf(x, 2), math.exp(-x / 2)) < 1e-12


@pytest.mark.parametrize("x", [0.01, 0.5, 3.0, 20.0, 100.0, 400.0, 1000.0, 1300.0])
def test_chi_square_sf_df1_is_erfc(x):
    # df = 1: P(Z^2 >= x) = erfc(sqrt(x / 2)), down to about 1e-284 at x = 1300
    assert rel_err(chi_square_sf(x, 1), math.erfc(math.sqrt(x / 2))) < 1e-10


@pytest.mark.parametrize("df", [4, 10, 20, 100])
@pytest.mark.parametrize("x", [0.5, 5.0, 40.0, 200.0, 900.0])
def test_chi_square_sf_even_df_closed_form(df, x):
    # even df = 2k: sf(x) = exp(-x/2) * sum_{i<k} (x/2)^i / i!
    y = x / 2
    terms = [math.exp(-y + i * math.log(y) - math.lgamma(i + 1)) for i in range(df // 2)]
    assert rel_err(chi_square_sf(x, df), math.fsum(terms)) < 1e-10


def test_chi_square_sf_edges():
    assert chi_square_sf(0.0, 9) == 1.0
    assert chi_square_sf(-1.0, 9) == 1.0
    assert chi_square_sf(math.inf, 9) == 0.0
    # far below 1e-300 the value underflows, but the log stays exact
    assert chi_square_sf(1e5, 2) == 0.0
    assert rel_err(chi_square_log_sf(1e5, 2), -5e4) < 1e-12
    assert chi_square_log_sf(1e6, 99) < -4e5
    with pytest.raises(ValueError):
        chi_square_sf(1.0, 0)


def test_chi_square_sf_is_decreasing():
    xs = [0.1 * i for i in range(1, 3000)]
    ps = [chi_square_sf(x, 9) for x in xs]
    assert all(a > b for a, b in zip(ps, ps[1:]))


# -- check(): correct streams pass ---------------------------------------------


def uniform_stream(seed, n, k=10):
    rng = random.Random(seed)
    return [rng.randrange(k) + 1 for _ in range(n)]


def rejection_rand10(seed, n):
    """The textbook answer: rand10 from a seeded rand6 by rejection sampling."""
    rng = random.Random(seed)
    out = []
    while len(out) < n:
        idx = rng.randrange(6) * 6 + rng.randrange(6)  # 0..35
        if idx < 30:
            out.append(idx % 10 + 1)
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_uniform_stream_passes(seed):
    assert check(None, uniform_stream(seed, 100_000), config=CFG) is None


def test_rejection_sampling_passes():
    assert check(None, rejection_rand10(470, 100_000), config=CFG) is None
    assert check(None, rejection_rand10(471, 20_000), config=CFG) is None


def test_short_and_empty_streams_only_range_checked():
    assert check(None, [], config=CFG) is None
    # far too short for any chi-square test: only the range is checked
    assert check(None, [1] * 150, config=CFG) is None
    assert check(None, [3, 3, 3], config={"outcomes": 6}) is None


def test_tuple_of_outputs_is_accepted():
    assert check(None, tuple(uniform_stream(5, 5000)), config=CFG) is None


# -- check(): range and type ---------------------------------------------------


def test_out_of_range_value_named():
    stream = uniform_stream(7, 1000)
    stream[41] = 11
    m = check(None, stream, config=CFG)
    assert isinstance(m, Mismatch)
    assert "call 42 returned 11" in m.message
    assert "1 to 10" in m.message


def test_zero_is_out_of_range():
    m = check(None, [5, 0, 3], config=CFG)
    assert m is not None and "call 2 returned 0" in m.message


def test_non_int_named():
    stream = uniform_stream(8, 1000)
    stream[4] = 3.0
    m = check(None, stream, config=CFG)
    assert m is not None
    assert "call 5 returned 3.0 (float)" in m.message


def test_bool_and_none_are_not_ints():
    m = check(None, [1, True, 2], config=CFG)
    assert m is not None and "call 2 returned True (bool)" in m.message
    m = check(None, [None], config=CFG)
    assert m is not None and "call 1 returned None (NoneType)" in m.message
    m = check(None, ["7"], config=CFG)
    assert m is not None and "call 1 returned '7' (str)" in m.message


def test_not_a_list():
    assert check(None, None, config=CFG) is not None
    assert check(None, "12345", config=CFG) is not None


# -- check(): the statistics ---------------------------------------------------


def test_biased_rejection_threshold_fails_uniformity():
    # keeps 0..30 of 0..35 (31 outcomes): 1 gets 4 of 31, the others 3 of 31
    rng = random.Random(11)
    out = []
    while len(out) < 20_000:
        idx = rng.randrange(6) * 6 + rng.randrange(6)
        if idx <= 30:
            out.append(idx % 10 + 1)
    m = check(None, out, config=CFG)
    assert m is not None
    assert m.message.startswith("outputs are not uniform: 1 appeared")
    assert "in 20,000 calls, expected about 2,000" in m.message
    assert "chi-square" in m.message and "p = " in m.message
    assert m.hint and "rejection" in m.hint


def test_modulo_bias_fails_uniformity():
    rng = random.Random(12)
    out = [(rng.randrange(36)) % 10 + 1 for _ in range(20_000)]
    m = check(None, out, config=CFG)
    assert m is not None and "not uniform" in m.message


def test_fixed_cycle_fails_independence():
    cycle = [i % 10 + 1 for i in range(100_000)]
    m = check(None, cycle, config=CFG)
    assert m is not None
    assert "consecutive outputs are not independent" in m.message
    assert "(1, 2) appeared 10,000 times" in m.message
    assert "p < 1e-" in m.message


def test_pair_correlated_stream_fails_independence():
    # x, then x % 10 + 1: every output is uniform, every second one is determined
    rng = random.Random(13)
    out = []
    for _ in range(10_000):
        x = rng.randrange(10) + 1
        out += [x, x % 10 + 1]
    m = check(None, out, config=CFG)
    assert m is not None and "consecutive outputs are not independent" in m.message


def test_lag_one_dependence_across_pair_boundaries_fails_serial_test():
    # calls 2-3, 4-5, ... are dependent, but calls 1-2, 3-4, ... are uniform pairs,
    # so only the overlapping serial test can see it (the stream is too short for
    # the triple test)
    rng = random.Random(14)
    out = [rng.randrange(10) + 1]
    while len(out) < 20_000:
        out.append(rng.randrange(10) + 1)
        out.append(out[-1] % 10 + 1)
    m = check(None, out[:20_000], config=CFG)
    assert m is not None
    assert "after each" in m.message and "overlapping pairs" in m.message


def test_never_repeating_stream_fails():
    rng = random.Random(15)
    out = [1]
    while len(out) < 20_000:
        x = rng.randrange(10) + 1
        if x != out[-1]:
            out.append(x)
    m = check(None, out, config=CFG)
    assert m is not None and "not independent" in m.message


def test_triple_only_dependence_fails_triple_test():
    # the third of every triple is (first + second) % 10 + 1: all pairs are uniform
    # and lag-1 independent, only the triples are not
    rng = random.Random(16)
    out = []
    for _ in range(40_000):
        a, b = rng.randrange(10), rng.randrange(10)
        out += [a + 1, b + 1, (a + b) % 10 + 1]
    m = check(None, out, config=CFG)
    assert m is not None
    assert "triples" in m.message


def test_outcomes_other_than_ten():
    assert check(None, uniform_stream(17, 30_000, k=6), config={"outcomes": 6}) is None
    rng = random.Random(18)
    biased = [min(rng.randrange(7) + 1, 6) for _ in range(30_000)]
    m = check(None, biased, config={"outcomes": 6})
    assert m is not None and "6 appeared" in m.message


def test_alpha_controls_threshold():
    stream = uniform_stream(19, 20_000)
    assert check(None, stream, config={"outcomes": 10, "alpha": 1e-7}) is None
    # with alpha close to 1 every test's threshold is close to 1/3, and some fails
    loose = [
        check(None, uniform_stream(s, 20_000), config={"outcomes": 10, "alpha": 0.99})
        for s in range(20)
    ]
    assert any(m is not None for m in loose)


def test_bad_options_are_problem_errors_naming_the_key():
    from judge.checkers.statistical import parse
    from judge.errors import ProblemError

    with pytest.raises(ProblemError, match="outcomes is required"):
        parse({}, "problem.toml: [checker]")
    with pytest.raises(ProblemError, match="outcomes must be an integer >= 2"):
        parse({"outcomes": 1}, "problem.toml: [checker]")
    with pytest.raises(ProblemError, match="alpha must be a number between 0 and 1"):
        parse({"outcomes": 10, "alpha": 0}, "problem.toml: [checker]")
    with pytest.raises(ProblemError, match="unknown key 'outcome'; did you mean 'outcomes'"):
        parse({"outcome": 10}, "problem.toml: [checker]")


def test_min_expected_grows_for_small_df():
    from judge.checkers.statistical import min_expected

    assert min_expected(999) == 20
    assert min_expected(9) > 160
    # the problems' streams (20,000 and 100,000 calls, 10 outcomes) run every test
    # they are long enough for: a triple-only dependence is invisible at 20,000 calls
    rng = random.Random(20)
    out = []
    for _ in range(6_667):
        a, b = rng.randrange(10), rng.randrange(10)
        out += [a + 1, b + 1, (a + b) % 10 + 1]
    assert check(None, out[:20_000], config=CFG) is None


def test_huge_and_long_values_are_shortened():
    m = check(None, [1, 10**5000], config=CFG)
    assert m is not None and "call 2 returned an integer of about 5000 digits" in m.message
    m = check(None, [[1] * 100_000], config=CFG)
    assert m is not None and len(m.message) < 200
