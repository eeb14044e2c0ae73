"""Cell counts of a stream of small outputs, at C speed.

The statistical checkers count how often each tuple of consecutive outputs came up, over
millions of outputs per run (twenty 157,500-call streams for rand10). A ``Counter`` over
tuples (or over ``map``-built integer codes) spends a few microseconds of Python per
output; here the outputs are ``bytes`` and every step is one C-level pass:

- the ``i``-th digit of each non-overlapping ``width``-tuple is the extended slice
  ``data[offset + i :: width]`` (a bytes copy);
- each digit column is spread into a lane of ``lane`` bytes (``bytearray`` slice
  assignment), read as one big integer, scaled by ``k ** (width - 1 - i)`` and summed:
  as the tuple's code ``(c0 * k + c1) * k + ...`` is below ``256 ** lane``, no lane
  carries into the next, so the bytes of the sum are the codes, lane by lane;
- the codes are counted by ``Counter`` over the ``bytes`` (one byte a lane) or an
  ``array`` of 2-, 4- or 8-byte lanes.

The counts are exactly those of the tuples themselves (tests/unit/test_cells.py compares
them with a plain ``Counter`` of tuples); outputs that do not fit (``k > 256`` or
``k ** width`` beyond eight bytes) are counted the plain way.
"""

from __future__ import annotations

import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from typing import Any

_LANES = {1: "B", 2: "H", 4: "I", 8: "Q"}


def _lane(cells: int) -> int:
    """Bytes per code for ``cells`` codes, or 0 when no array type holds them."""
    for size in _LANES:
        if cells <= 256**size and array(_LANES[size]).itemsize == size:
            return size
    return 0


def tuple_counts(data: bytes | Sequence[int], k: int, width: int, offset: int = 0) -> list[int]:
    """Counts of the codes ``(c0 * k + c1) * k + ...`` of the non-overlapping ``width``-tuples
    ``data[offset : offset + width]``, ``data[offset + width : offset + 2 * width]``, ...
    (a partial tuple at the end is dropped); ``data`` holds 0-based outputs below ``k``
    (``bytes`` for the fast path; a list is counted the plain way)."""
    m = max(0, (len(data) - offset) // width)
    cells = k**width
    counts = [0] * cells
    end = offset + m * width
    lane = _lane(cells) if isinstance(data, bytes) and k <= 256 else 0
    if lane == 0:
        columns = [data[offset + i : end : width] for i in range(width)]
        codes: Counter[int] = Counter()
        for row in zip(*columns):
            code = 0
            for digit in row:
                code = code * k + digit
            codes[code] += 1
    elif width == 1 and lane == 1:
        return _byte_counts(bytes(data[offset:end]), cells)
    else:
        total = 0
        for i in range(width):
            spread = bytearray(m * lane)
            spread[0::lane] = data[offset + i : end : width]
            total += int.from_bytes(spread, "little") * k ** (width - 1 - i)
        packed = total.to_bytes(m * lane, "little")
        if lane == 1:
            return _byte_counts(packed, cells)
        else:
            lanes = array(_LANES[lane], packed)
            if sys.byteorder != "little":
                lanes.byteswap()
            codes = Counter(lanes)
    for code, c in codes.items():
        counts[code] = c
    return counts


def _byte_counts(codes: bytes, cells: int) -> list[int]:
    """How often each byte below ``cells`` occurs: one ``bytes.count`` pass per cell (a
    memchr-speed scan) beats ``Counter``'s per-byte dictionary update while cells are few."""
    if cells > 64:
        found = Counter(codes)
        return [found[c] for c in range(cells)]
    return [codes.count(c) for c in range(cells)]


def overlapping_pair_counts(data: bytes | Sequence[int], k: int) -> list[int]:
    """Counts of the codes ``c_i * k + c_{i+1}`` of all ``len(data) - 1`` overlapping pairs:
    the non-overlapping pairs from the first output plus those from the second."""
    evens = tuple_counts(data, k, 2, 0)
    odds = tuple_counts(data, k, 2, 1)
    return [a + b for a, b in zip(evens, odds)]


_MINUS_ONE = bytes((i - 1) % 256 for i in range(256))


def zero_based(values: Sequence[int], k: int) -> bytes | None:
    """``values`` (ints already checked to lie in 1..k) minus one, as bytes; None when
    ``k > 255`` (they do not fit a byte: count them the plain way)."""
    if k > 255:
        return None
    return bytes(values).translate(_MINUS_ONE)


TALLY_CACHE = 64  # streams whose counts are kept (about 160 kB each for a 157,500-call stream)
_TALLIES: dict[bytes, Tally] = {}


class Tally:
    """The cell counts of one stream of 0-based outputs, each counted once when first asked for.

    The per-stream checker (statistical.py) counts the singles, the pairs at both offsets and
    the triples of a stream; the pooled tests (pooled.py) need its singles and pairs again once
    every stream has passed. :func:`tally` hands both the same ``Tally``, so a rand10 run counts
    each of its 3.2 million outputs once per table instead of twice.
    """

    def __init__(self, data: bytes | Sequence[int], k: int) -> None:
        self.data = data
        self.k = k
        self._counts: dict[tuple[int, int], list[int]] = {}

    def __len__(self) -> int:
        return len(self.data)

    def tuples(self, width: int, offset: int = 0) -> list[int]:
        """``tuple_counts(data, k, width, offset)``, counted on the first call only."""
        key = (width, offset)
        if key not in self._counts:
            self._counts[key] = tuple_counts(self.data, self.k, width, offset)
        return self._counts[key]

    def overlapping_pairs(self) -> list[int]:
        """``overlapping_pair_counts``, from the pairs at offsets 0 and 1."""
        return [a + b for a, b in zip(self.tuples(2, 0), self.tuples(2, 1))]


def tally(values: Sequence[int], k: int) -> Tally:
    """The ``Tally`` of ``values`` (ints already checked to lie in 1..k)."""
    data = zero_based(values, k)
    return Tally([v - 1 for v in values], k) if data is None else _shared(data, k)


def checked_tally(values: Sequence[Any], k: int) -> Tally | None:
    """The ``Tally`` of ``values`` if every one is an exact ``int`` in 1..k, else None.

    The check runs at C speed (the set of types; ``bytes()``, which refuses anything outside
    0..255; deleting the bytes 1..k leaves nothing), so the checkers need no Python-level pass
    over 157,500 outputs, nor ``min`` and ``max``.
    """
    if k > 255 or not values or set(map(type, values)) != {int}:
        return None
    try:
        raw = bytes(values)
    except ValueError:
        return None
    if raw.translate(None, bytes(range(1, k + 1))):
        return None
    return _shared(raw.translate(_MINUS_ONE), k)


def _shared(data: bytes, k: int) -> Tally:
    """The one ``Tally`` of these 0-based outputs.

    Keyed by the outputs' own bytes, not by the list object: a list freed and another made
    at the same address can never be handed the wrong counts. The last ``TALLY_CACHE``
    streams are kept; the key costs a C-speed pass, a few percent of counting.
    """
    found = _TALLIES.get(data)
    if found is not None and found.k == k:
        return found
    made = _TALLIES[data] = Tally(data, k)
    while len(_TALLIES) > TALLY_CACHE:
        del _TALLIES[next(iter(_TALLIES))]
    return made


__all__ = ["Tally", "checked_tally", "overlapping_pair_counts", "tally", "tuple_counts", "zero_based"]
