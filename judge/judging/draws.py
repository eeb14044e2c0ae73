"""The draws of a stream problem's source (rand6, rand7), made and counted by the judge.

A solution of "rand10 from rand6" may only use ``rand6()``. The judge, not the
child, owns that source: the draws of one case are derived from a secret key the
judge holds (SHAKE-256 of the key, the case's seed and a block number, reduced to
``1..sides`` by rejecting the bytes that do not divide evenly), and the child gets
them in blocks of ``BLOCK`` over the protocol (one byte per draw, base64), one block per ask, while a case
runs. So:

- the child cannot compute draws it has not been served (it never sees the key),
  nor rewind the source past what it was given;
- how many draws a case took is at most what the judge served. The child may say
  how many of the last block it left unused (``unused`` in its reply); the judge
  believes that only within the last block, and only to *lower* the count, which
  makes the entropy bound stricter and puts the fork (below) earlier, never
  helps a solution pass;
- the same key and seed give the same draws in any process (the replay checks), and
  a *fork* gives the same draws up to a secret position and other ones after it
  (the check that outputs depend on the draws throughout the stream).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from typing import Any

from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Exchange
from judge.sandbox.protocol import Reply

BLOCK = 16384  # small beside a stream (the entropy check counts whole blocks), few round trips
KEY_BYTES = 32


def new_key() -> bytes:
    """A fresh secret for one judge run."""
    return secrets.token_bytes(KEY_BYTES)


def derive(key: bytes, sides: int, seed: int, block: int) -> bytes:
    """Block ``block`` of the draws for ``seed`` under ``key``: ``BLOCK`` bytes in ``1..sides``.

    Bytes at or above the largest multiple of ``sides`` are dropped (so each value
    is equally likely), the rest mapped to ``byte % sides + 1``, all at C speed.
    """
    limit = 256 - 256 % sides
    table = bytes(b % sides + 1 if b < limit else 0 for b in range(256))
    dropped = bytes(range(limit, 256))
    found = b""
    counter = 0
    while len(found) < BLOCK:
        material = hashlib.shake_256(b"%s|%d|%d|%d" % (key, seed, block, counter)).digest(BLOCK + BLOCK // 8)
        found += material.translate(table, dropped)
        counter += 1
    return found[:BLOCK]


def encode(block: bytes) -> str:
    """A block on the wire: one byte per draw, base64."""
    return base64.b64encode(block).decode("ascii")


class Draws:
    """The draws served to one case, block by block; ``served`` is how many the child took.

    With ``fork_at`` and ``fork_key``, draw ``i`` comes from ``key`` while ``i < fork_at``
    and from ``fork_key`` after: the same stream up to a point, another one past it.
    """

    def __init__(self, key: bytes, sides: int, seed: int, fork_at: int | None = None,
                 fork_key: bytes | None = None) -> None:
        self.key = key
        self.sides = sides
        self.seed = seed
        self.fork_at = fork_at
        self.fork_key = fork_key
        self.served = 0

    def block(self, index: int) -> bytes:
        """Block ``index`` of this (possibly forked) stream."""
        base = derive(self.key, self.sides, self.seed, index)
        if self.fork_at is None or self.fork_key is None or (index + 1) * BLOCK <= self.fork_at:
            return base
        other = derive(self.fork_key, self.sides, self.seed, index)
        split = max(0, self.fork_at - index * BLOCK)
        return base[:split] + other[split:]

    def first(self, request: dict[str, Any]) -> dict[str, Any]:
        """``request`` with the first block inline, which saves a round trip per case."""
        return dict(request, draws=self.serve({})["draws"])

    def used(self, reply: Reply | None) -> int:
        """Draws the case took: what was served, less the unused rest of the last block
        the child reports, believed only between 0 and a block."""
        unused = reply.unused if reply is not None else None
        if unused is None or not 0 <= unused <= min(BLOCK, self.served):
            return self.served
        return self.served - unused

    def serve(self, ask: dict[str, Any]) -> dict[str, Any]:
        """The judge's answer to the child's ask for more draws (a ``draws`` reply)."""
        index = self.served // BLOCK
        self.served += BLOCK
        return {"op": "draws", "draws": encode(self.block(index))}


def request(child: Child, problem: Problem, case: Case, message: dict[str, Any], timeout_s: float,
            cpu_limit_s: float | None = None, key: bytes | None = None,
            fork: tuple[int, bytes] | None = None) -> tuple[Exchange, int | None]:
    """Send a case request; for a stream problem serve its draws while it runs.

    Returns the exchange and, for a stream, how many draws the case took (``Draws.used``).
    ``key`` defaults to a fresh secret (when nothing will be replayed); ``fork`` is
    (position, other key) for a forked stream.

    A stream case is always sent as ``protocol.case_request(problem, case)``, whatever
    ``message`` the caller built: the judged run, the audit (replay and fork), a
    re-measurement and the reference clock must send byte-for-byte the same request
    apart from the draws, or a solution reading it (it shares the harness's process)
    could behave only when judged.
    """
    if problem.kind != "stream":
        return child.request(message, timeout_s, cpu_limit_s), None
    message = protocol.case_request(problem, case)
    at, other = fork if fork is not None else (None, None)
    source = Draws(key or new_key(), problem.stream_sides or 2, case.seed or 0, at, other)
    exchange = child.request(source.first(message), timeout_s, cpu_limit_s, serve=source.serve)
    return exchange, source.used(exchange.reply)
