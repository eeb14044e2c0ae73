"""Measure the problem's reference solution on this machine, in this run.

Time limits derive from these figures (``TimeRule``), and reports show a solution's
time as a ratio to them. The reference runs through the same harness as a user's
solution, in a plain process (it is trusted), and is timed the same way: the judge's
reading of the child's CPU time around a request of one call.

``judge run`` times the reference case by case right beside the solution
(``ReferenceClock``): this machine's speed drifts by up to 2x over seconds (seen
here: the same call took 17 ms, then 44 ms, in two runs a minute apart), and a
ratio of two figures measured moments apart is far steadier than one of figures
measured seconds apart. ``judge grade`` measures every case once up front
(``reference_times``, cached per process), so every submission of a problem gets
the same limits.
"""

from __future__ import annotations

import threading
from pathlib import Path

from judge.errors import ProblemError
from judge.judging import draws
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Child, Exchange, Limits, LoadFailed
from judge.judging.requests import case_request
from judge.problems.calibration import MIN_REFERENCE_S
from judge.sandbox.protocol import cases_request

_cache: dict[tuple[str, str], dict[str, float]] = {}
_lock = threading.Lock()
GENEROUS_CASE_S = 60.0
REPEATS = 5  # calls per case while they stay under REPEAT_BUDGET_S: the median is steadier than one call
REPEAT_BUDGET_S = 0.2


class ReferenceClock:
    """The reference solution loaded in a child of its own, ready to time one case at a time."""

    def __init__(self, problem: Problem, solution: Path | None = None) -> None:
        """``solution``: another trusted solution to time (a Kattis package's accepted submission)."""
        self.problem = problem
        self.path = solution if solution is not None else problem.reference
        limits = Limits(cpu_s=GENEROUS_CASE_S * 4, memory_mb=max(problem.memory_mb * 4, 1024), output_bytes=1 << 24)
        self.child = Child(self.path, limits, "process")
        try:
            self.child.load(problem, GENEROUS_CASE_S)
        except LoadFailed as failed:
            self.child.close()
            raise ProblemError(f"{self.path}: the reference solution does not load: {why_unusable(failed.exchange)}")

    def __enter__(self) -> "ReferenceClock":
        return self

    def __exit__(self, *exc: object) -> None:
        self.child.close()

    def seconds(self, case: Case) -> float:
        """Median CPU seconds of the reference on ``case``, one call per request, as the judge
        reads them (repeated while cheap; the reference is trusted, so a memo is no concern)."""
        times: list[float] = []
        while len(times) < REPEATS and sum(times) < REPEAT_BUDGET_S:
            exchange, _ = draws.request(self.child, self.problem, case, case_request(self.problem, case),
                                        GENEROUS_CASE_S)
            if exchange.reply is None or not exchange.reply.ok:
                raise ProblemError(f"{case.where}: the reference solution {self.path.name} fails on case "
                                   f"{case.name!r}: {why_unusable(exchange)}")
            times.append(exchange.cpu_s)
        times.sort()
        return times[len(times) // 2]


    def estimates(self, cases: list[Case]) -> list[float | None]:
        """The reference's CPU seconds on each of ``cases`` from one batch request (``judge run``'s small
        cases): the kernel's reading of the whole batch, split in proportion to the harness's own per-call
        times (the reference is trusted, so its word may split a figure). None for a case where the split
        could move its limit off the problem's floor, or that is not small: time that one alone (``seconds``)."""
        if self.problem.kind not in ("call", "object") or len(cases) < 2:
            return [None] * len(cases)
        exchange = self.child.request(cases_request(self.problem, cases), GENEROUS_CASE_S)
        replies = exchange.reply.results if exchange.reply is not None else ()
        if len(replies) != len(cases) or not all(reply.ok for reply in replies):
            return [None] * len(cases)  # timed one by one, where the failure is reported
        claimed = [sum(reply.claimed_cpu_s) for reply in replies]
        total, rule = sum(claimed) or 1.0, self.problem.time_rule
        shares = [exchange.cpu_s * spent / total for spent in claimed]
        return [share if share < MIN_REFERENCE_S and 2 * rule.factor * share <= rule.floor_s else None
                for share in shares]


def cached_times(problem: Problem) -> dict[str, float] | None:
    """The up-front measurement, if this process made one (``judge grade`` does)."""
    with _lock:
        return _cache.get((str(problem.root.resolve()), problem.slug))


def reference_times(problem: Problem) -> dict[str, float]:
    """CPU seconds of the reference per case name (median of a few calls where cheap)."""
    key = (str(problem.root.resolve()), problem.slug)
    with _lock:
        if key in _cache:
            return _cache[key]
    times = _measure(problem)
    with _lock:
        _cache[key] = times
    return times


def _measure(problem: Problem) -> dict[str, float]:
    with ReferenceClock(problem) as clock:
        return {case.name: clock.seconds(case) for case in problem.all_cases()}


def why_unusable(exchange: Exchange) -> str:
    """In a few words, why a trusted program's exchange brought no usable answer (for a ProblemError)."""
    reply = exchange.reply
    if reply is not None:
        return reply.message or reply.traceback or reply.status.value
    if exchange.corrupt:
        return exchange.corrupt
    return "its process died" + (f": {exchange.stderr.strip()[-500:]}" if exchange.stderr else "")
