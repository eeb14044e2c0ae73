"""Tell a child that waited on itself from one the machine starved, when the wall clock stops it.

A request is stopped at the wall clock when it has run its wall-clock allowance
without replying and without using up its CPU limit. Two different things look alike
there. On an overloaded machine a busy child gets little CPU: it is *runnable*,
waiting on a run queue, and that is the machine's doing, so the case is measured again
in fresh children (``judge.judging.remeasure``). A child that sleeps, or waits on a
lock, a pipe or input, uses no CPU and is not runnable either: that is the solution's
doing, so it is Time Limit Exceeded at once (a fresh run would only wait out its own
wall clock again, at up to four times the allowance each).

The kernel keeps, for every thread, the nanoseconds it spent running and waiting on a
run queue (``/proc/<pid>/task/<tid>/schedstat``, fields 1 and 2). Over a stretch of wall
time W, a child whose threads are running or runnable accrues about W of the two
together however loaded the machine is; one that waits on itself accrues next to
nothing. The kernel adds a wait to a thread's figure only when the thread next gets a
CPU, so a thread starved the whole time shows no wait at all: it shows as runnable
(state ``R``) instead. A child is *stalled* when none of its threads is runnable (or in
uninterruptible sleep, ``D``) at the stop, and its CPU time (the meter's: every thread,
ended ones included) plus its live threads' run-queue waiting is under ``BUSY_SHARE``
of W. The
child cannot pass a stall off as load without being runnable, which means burning CPU,
which its CPU limit stops.

What it does not see: the run-queue wait of a thread that ended before the stop (its
CPU is counted). A solution whose work was done by threads that have since ended, on a
machine so loaded that they ran less than ``BUSY_SHARE`` of the time, would read as
stalled. Where the kernel keeps no schedstat, nothing is ever called stalled.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

from judge.sandbox import proctree

BUSY_SHARE = 0.5


class StallWatch:
    """Watches one request: ``mark`` when it starts running, ``stalled`` when the wall clock stops it."""

    def __init__(self, processes: Callable[[], list[int]], cpu_s: Callable[[], float]) -> None:
        self._processes = processes  # the pids of the child's processes (the harness and below)
        self._cpu_s = cpu_s  # the meter's reading of the whole child's CPU seconds
        self._mark: tuple[float, float, dict[str, int]] | None = None

    def reset(self) -> None:
        """A new request: nothing marked yet."""
        self._mark = None

    def mark(self) -> None:
        """Start the stretch watched, once per request (later calls keep the first mark)."""
        if self._mark is None:
            queued = self._queued()
            if queued:
                self._mark = (time.monotonic(), self._cpu_s(), queued)

    def stalled(self) -> bool:
        """Whether, since ``mark``, the child ran or waited for a CPU less than ``BUSY_SHARE`` of the time."""
        if self._mark is None:
            return False
        since, cpu_then, queued_then = self._mark
        wall = time.monotonic() - since
        queued_now = self._queued()
        if wall <= 0 or not queued_now or _any_runnable(queued_now):
            return False
        waited_ns = sum(max(0, ns - queued_then.get(tid, 0)) for tid, ns in queued_now.items())
        busy = max(0.0, self._cpu_s() - cpu_then) + waited_ns / 1e9
        return busy < BUSY_SHARE * wall

    def _queued(self) -> dict[str, int]:
        """Run-queue nanoseconds of every live thread of the child, by thread id (empty: none readable)."""
        found: dict[str, int] = {}
        for pid in self._processes():
            try:
                tids = os.listdir(f"/proc/{pid}/task")
            except OSError:
                continue
            for tid in tids:
                try:
                    with open(f"/proc/{pid}/task/{tid}/schedstat", "rb") as handle:
                        found[tid] = int(handle.read().split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        return found


def _any_runnable(tids: dict[str, int]) -> bool:
    """Whether a thread is running, waiting for a CPU, or in uninterruptible sleep (a page fault's I/O)."""
    states = (proctree.stat(int(tid)) for tid in tids)  # /proc/<tid>/stat: a thread's own
    return any(found is not None and found.state in ("R", "D") for found in states)


__all__ = ["BUSY_SHARE", "StallWatch"]
