"""The dependence check of stream problems (judge.judging.stream.dependence), on made-up outputs."""

from __future__ import annotations

import random

from judge.judging.stream import dependence
from judge.problems.catalog import builtin_problems
from judge.problems.problem import load_problem


def _rand10_problem():
    root = builtin_problems()
    assert root is not None
    return load_problem(root / "implement-rand10-using-rand6")


def test_state_carried_from_the_previous_case_does_not_count_as_agreement() -> None:
    # An honest solution that keeps unused randomness at module level: in the fork process
    # the previous case was forked too, so its first outputs differ, the outputs up to the
    # fork point agree again, and only the later ones are new. 2 draws per output.
    rng = random.Random(7)
    n, served, fork_at = 20_000, 40_000, 16_000
    original = [rng.randint(1, 10) for _ in range(n)]
    forked = list(original)
    forked[:5] = [v % 10 + 1 for v in original[:5]]
    forked[fork_at // 2:] = [rng.randint(1, 10) for _ in range(n - fork_at // 2)]
    assert dependence(_rand10_problem(), original, forked, fork_at, served) is None


def test_outputs_that_resync_after_the_fork_still_fail() -> None:
    rng = random.Random(8)
    n, served, fork_at = 20_000, 40_000, 16_000
    original = [rng.randint(1, 10) for _ in range(n)]
    forked = list(original)
    for i in range(fork_at // 2, n, 3):  # only every third output after the fork changes
        forked[i] = original[i] % 10 + 1
    why = dependence(_rand10_problem(), original, forked, fork_at, served)
    assert why is not None and "stayed the same" in why
