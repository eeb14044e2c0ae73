"""The C-speed cell counts equal plain Counter counts of the tuples themselves."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from judge.checkers.cells import overlapping_pair_counts, tuple_counts, zero_based


def _plain(values: list[int], k: int, width: int, offset: int = 0) -> list[int]:
    m = (len(values) - offset) // width
    counts = [0] * k**width
    for t in range(m):
        code = 0
        for digit in values[offset + t * width : offset + (t + 1) * width]:
            code = code * k + digit
        counts[code] += 1
    return counts


@pytest.mark.parametrize(("k", "width"), [(2, 1), (10, 1), (10, 2), (10, 3), (16, 2), (17, 2), (7, 5), (200, 3),
                                          (256, 2), (3, 5)])
@pytest.mark.parametrize("length", [0, 1, 2, 3, 1001])
def test_counts_match_plain_counting(k: int, width: int, length: int) -> None:
    rng = random.Random(k * 1000 + width * 10 + length)
    values = [rng.randrange(k) for _ in range(length)]
    for offset in (0, 1):
        expected = _plain(values, k, width, offset)
        if k <= 256:
            assert tuple_counts(bytes(values), k, width, offset) == expected
        assert tuple_counts(values, k, width, offset) == expected


def test_overlapping_pairs_are_every_transition() -> None:
    rng = random.Random(5)
    values = [rng.randrange(10) for _ in range(999)]
    transitions = Counter(a * 10 + b for a, b in zip(values, values[1:]))
    assert overlapping_pair_counts(bytes(values), 10) == [transitions[c] for c in range(100)]


def test_zero_based_shifts_and_refuses_wide_outcomes() -> None:
    assert zero_based([1, 10, 3], 10) == bytes([0, 9, 2])
    assert zero_based([1, 256], 256) is None


def test_a_tally_is_counted_once_and_shared_by_content() -> None:
    from judge.checkers.cells import tally

    rng = random.Random(9)
    values = [rng.randint(1, 10) for _ in range(5001)]
    first = tally(values, 10)
    assert first.tuples(2) == tuple_counts(bytes(v - 1 for v in values), 10, 2)
    assert first.overlapping_pairs() == overlapping_pair_counts(bytes(v - 1 for v in values), 10)
    assert tally(list(values), 10) is first  # another list with the same outputs: the same counts
    changed = list(values)
    changed[0] = changed[0] % 10 + 1
    assert tally(changed, 10) is not first and tally(changed, 10).tuples(1) != first.tuples(1)
    assert tally(values, 11) is not first  # other outcomes, other cells


@pytest.mark.parametrize("bad", [[1, True, 3], [1, 11, 3], [1, 0, 3], [1, 256, 3], [1, -1, 3], [1, 2.0, 3], []])
def test_checked_tally_refuses_anything_but_ints_in_range(bad: list) -> None:
    from judge.checkers.cells import checked_tally

    assert checked_tally(bad, 10) is None


def test_checked_tally_counts_ints_in_range() -> None:
    from judge.checkers.cells import checked_tally

    counted = checked_tally([1, 10, 10, 3], 10)
    assert counted is not None and counted.data == bytes([0, 9, 9, 2])
    assert counted.tuples(1) == [1, 0, 1, 0, 0, 0, 0, 0, 0, 2]
    assert checked_tally([1, 300], 300) is None  # wider than a byte: counted the plain way
