"""Several small cases in one request: one round trip and one kernel CPU reading for them all.

Under load a round trip to the child costs 16-28 ms, and a submission makes about 320
of them (117 hidden cases and 200 generated inputs for LeetCode 3), most of its wall
time (docs/performance.md). A batch (``protocol.cases_request``) carries up to
``MAX_CASES`` small cases; the harness runs each exactly as it would run it alone and
replies once, listing each case's own reply in order.

Why a batch decides nothing it should not:

- **Time.** The judge reads the whole child's CPU time from the kernel around the
  request (issue 11), once for the batch; that figure bounds each case's time from
  above. If it is at most the smallest limit in the batch divided by ``timing.GREY``,
  every case is inside its limit by the timing rule's own margin (``timing.zone``):
  Accepted on time, as a single reading would have made it. The batch is stopped at
  that bound.
- **Answers and memory.** Every case's reply is validated and checked by the judge
  case by case (``outcome.of``), with the batch's memory peak (the kernel's), which
  bounds each case's.
- **Anything else** — a batch over its bound, a case not Accepted, a child that died,
  ran out of time or memory or flooded its output — is decided by nothing the batch
  said: its cases are run again one per request in a **fresh** child (never the same
  child, where a solution could answer from a memo), exactly as without batching, and
  that run gives the verdict (and the failing case's name).
- **A reply that breaks the batch protocol** (fewer or more replies than cases, or a
  reply naming another position) is a malformed reply, a Runtime Error, as for a single
  request: the harness never sends one, only a solution tampering with it can.
- Generated inputs are batched exactly like hidden cases, so requests stay
  indistinguishable.

What is batched: cases of call and object problems (a stream's draws are served per
case; a program reads its own stdin) that the reference answers in under
``SMALL_S`` and that are small on the wire, packed while their estimated CPU stays
under ``FILL`` of the bound at the pace the run's batches have shown (``Pace``: the
first batch is small, each next one may double). The large cases are timed alone, so
the report's figures on them (standing, growth) are single readings; a batched case's
reported time is its share of the batch's reading, in proportion to the reference's
time on it plus a call's own cost (the sum is exact).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from judge.judging import outcome, timing
from judge.judging.options import RunOptions, wall_timeout
from judge.judging.outcome import Outcome
from judge.problems import calibration
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Exchange
from judge.verdict import Verdict

SMALL_S = calibration.MIN_REFERENCE_S  # a case the reference answers faster than this may be batched
MAX_CASES = 64
MAX_ARGS_BYTES = 64 * 1024  # one case's arguments on the wire
MAX_BATCH_BYTES = 1 << 20
SLOWER = 4.0  # the plan first allows a solution this many times slower than the reference...
BASE_S = 0.000125  # ...on each call's reference time plus this (decoding the arguments, Solution(), a collection)
FILL = 0.5  # and fills a batch to at most this fraction of its bound
FIRST_CASES = 8  # the first batch of a run, and the first after one over its bound, holds at most this many


@dataclass(frozen=True)
class Item:
    """One hidden case or generated input, with its limit and the reference's time on it."""

    case: Case
    limit_s: float
    reference_s: float | None  # None: unknown (never batched)
    generated: bool = False

    @property
    def work_s(self) -> float:
        """The reference's time on it, plus a call's own cost: what the plan scales by the solution's pace."""
        return (self.reference_s or 0.0) + BASE_S


@dataclass
class Pace:
    """What this run's batches have shown of the solution's speed, for planning the next one: how many
    times the reference's time it takes, and how many cases the next batch may hold (it starts small and
    doubles, so a solution much slower than the reference costs at most one small batch's bound)."""

    slower: float = SLOWER
    cases: int = FIRST_CASES

    def observe(self, batch: list[Item], cpu_s: float, over: bool) -> None:
        seen = cpu_s / sum(item.work_s for item in batch)
        if over:  # stopped at its bound: it is slower than that, by how much is not known
            self.slower, self.cases = max(self.slower * 4, seen * 2), FIRST_CASES
        else:
            self.slower, self.cases = max(self.slower, seen), min(MAX_CASES, self.cases * 2)


def applies(problem: Problem, options: RunOptions) -> bool:
    """Whether this run batches: call and object problems, and not ``keep_going`` (judge check)."""
    return problem.kind in ("call", "object") and not options.keep_going


def bound_s(batch: list[Item]) -> float:
    """The CPU time under which every case of ``batch`` is Accepted on time."""
    return min(item.limit_s for item in batch) / timing.GREY


def plan(items: Iterable[Item], batching: bool = True, pace: Pace | None = None) -> Iterator[list[Item]]:
    """``items`` in order, in groups: consecutive small ones together while they fit (at ``pace``, which
    the batches run meanwhile may update), any other alone."""
    pace = pace or Pace()
    group: list[Item] = []
    size = spent = 0.0
    for item in items:
        small = batching and item.reference_s is not None and item.reference_s < SMALL_S
        wire = len(protocol.request_line({"args": item.case.args})) if small else MAX_ARGS_BYTES + 1
        if wire > MAX_ARGS_BYTES:  # a slow or unknown case is not encoded here only to be measured
            if group:
                yield group
                group, size, spent = [], 0.0, 0.0
            yield [item]
            continue
        if group and (len(group) >= pace.cases or size + wire > MAX_BATCH_BYTES
                      or pace.slower * (spent + item.work_s) > FILL * bound_s([*group, item])):
            yield group
            group, size, spent = [], 0.0, 0.0
        group.append(item)
        size += wire
        spent += item.work_s
    if group:
        yield group


def run(child: Child, problem: Problem, batch: list[Item], pace: Pace | None = None) -> list[Outcome] | Outcome | None:
    """Every case's outcome if all are Accepted on time; a Runtime Error if the reply broke the
    protocol; None when the cases must be run again one per request in a fresh child. ``pace``
    learns from the batch's reading."""
    bound = bound_s(batch)
    exchange = child.request(protocol.cases_request(problem, [item.case for item in batch]), wall_timeout(bound),
                             bound)
    if exchange.corrupt:
        return outcome.from_crash(exchange, bound)
    reply = exchange.reply
    over = exchange.timed_out or exchange.cpu_s > bound
    if pace is not None:
        pace.observe(batch, exchange.cpu_s, over)
    if reply is None or over or len(reply.results) != len(batch):
        return None
    total = sum(item.work_s for item in batch)
    found: list[Outcome] = []
    for item, entry in zip(batch, reply.results):
        share = item.work_s / total
        alone = Exchange(reply=entry, wall_s=exchange.wall_s * share, cpu_s=exchange.cpu_s * share,
                         peak_kb=exchange.peak_kb, output_bytes=exchange.output_bytes)
        judged = outcome.of(alone, problem, item.case, item.limit_s)
        if judged.verdict is not Verdict.AC:
            return None
        found.append(judged)
    return found


__all__ = ["Item", "Pace", "applies", "bound_s", "plan", "run"]
