"""What a judged child used, measured by the judge from the kernel: CPU time and memory.

The harness shares its process with the code under judgement, so nothing it says about
itself decides a verdict. A ``Meter`` reads the kernel's own figures for the whole child
(every process and every thread it has), from outside:

- ``CgroupMeter`` (where the judge can make cgroups, ``judge.sandbox.cgroup``): CPU time
  of every task the group ever held (``cpuacct.usage`` / ``cpu.stat``), and memory as
  the kernel charges it — anonymous memory, page cache, tmpfs (``/tmp``, ``/dev/shm``)
  and memfd pages alike — with a per-request peak; the group's memory and ``pids``
  limits are enforced by the kernel.
- ``ProcMeter`` (the fallback): CPU time from each process's CPU clock
  (``clock_gettime`` on ``CPUCLOCK_SCHED`` of the pid: nanoseconds, all threads, live or
  exited, and still right when the thread-group leader has exited and reads as a zombie)
  plus what it reaped (``cutime``/``cstime``); memory as the resident set of every
  process of the run, read through a live thread, plus the pages of memfd and
  ``/dev/shm`` files it holds open, polled by the judge while it waits and kept as a
  maximum (``VmHWM`` is folded in at each reply, but never trusted alone: writing to
  ``/proc/self/clear_refs`` resets it). What it does not see: memory in tmpfs files no
  process holds open (bwrap caps its ``/tmp`` and ``/dev/shm``; process mode does not)
  and a spike shorter than one poll (``MEMORY_POLL_S``) that ``VmHWM`` no longer shows.

``describe(kind, mode)`` says which figure is bounded by what, for ``judge doctor`` and
the JSON report's ``"limits"``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Protocol

from judge.sandbox import proctree

if TYPE_CHECKING:
    from judge.sandbox.cgroup import ChildCgroup

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
_CPUCLOCK_SCHED = 2  # the kernel's encoding of a process CPU clock: (~pid << 3) | CPUCLOCK_SCHED
_SHARED_MEMORY = ("/memfd:", "/dev/shm/")
TREE_EVERY_S = 0.05


class Meter(Protocol):
    """The judge's own readings of one child."""

    kind: str  # "cgroup" or "proc"

    def cpu_s(self) -> float:
        """CPU seconds used by the whole child so far (never decreases)."""

    def sample(self) -> int:
        """Memory the child holds now (bytes), folded into the peak."""

    def over_limit(self, limit_bytes: int) -> bool:
        """The child holds (or tried to hold) more memory than ``limit_bytes``."""

    def start_request(self) -> None:
        """Begin a new per-request peak where the kernel allows it."""

    def peak_kb(self) -> int:
        """The largest memory figure seen since ``start_request`` (or since the start)."""

    def memory_limit_hit(self) -> bool:
        """The kernel refused memory to the child at its limit (cgroup only)."""

    def close(self) -> None:
        """Release what the meter holds (a cgroup is removed, its processes killed)."""


class CgroupMeter:
    """Readings from the child's own cgroup, which the child joined before exec.

    The group's memory limit is the problem's: the kernel reclaims page cache first and
    OOM-kills past it, so "over the limit" is the kernel's OOM verdict, not a poll that a
    burst of page cache could trip. The peak is per request (reset at its start)."""

    kind = "cgroup"

    def __init__(self, group: ChildCgroup, root: Callable[[], int | None]) -> None:
        self.group = group
        self._cpu = 0.0
        self._clocks = ProcMeter(root)  # for CPU time where the group has no cpuacct controller

    def cpu_s(self) -> float:
        reading = self.group.cpu_seconds()
        if reading is None:
            return self._clocks.cpu_s()
        self._cpu = max(self._cpu, reading)
        return self._cpu

    def sample(self) -> int:
        self.group.sample()
        return self.group.memory_current_bytes() or 0

    def over_limit(self, limit_bytes: int) -> bool:
        return self.memory_limit_hit()

    def start_request(self) -> None:
        self.group.reset_peak()

    def peak_kb(self) -> int:
        return (self.group.memory_peak_bytes() or 0) // 1024

    def memory_limit_hit(self) -> bool:
        return bool(self.group.memory_limit_hit())

    def close(self) -> None:
        self.group.close()


class ProcMeter:
    """Readings from /proc and process CPU clocks, for the harness and the processes below it.

    ``root`` gives the harness's pid (None until it has started): under bwrap, bubblewrap's
    own two processes above it run no code of the solution's and are left out."""

    kind = "proc"

    def __init__(self, root: Callable[[], int | None]) -> None:
        self.root = root
        self._cpu = 0.0
        self._peak = 0
        self._found: list[int] = []
        self._found_at = 0.0

    def _tree(self) -> list[int]:
        """The harness and the processes below it, looked up again at most every ``TREE_EVERY_S``
        (a walk of /proc costs milliseconds; a process started since is counted at the next)."""
        now = time.monotonic()
        if now - self._found_at >= TREE_EVERY_S or not self._found:
            self._found = proctree.tree(self.root())
            self._found_at = now
        return self._found

    def cpu_s(self) -> float:
        total = 0.0
        for pid in self._tree():
            total += process_cpu_s(pid)
        self._cpu = max(self._cpu, total)  # a child reaped between two reads must not make time run back
        return self._cpu

    def sample(self) -> int:
        total = 0
        for pid in self._tree():
            total += resident_bytes(pid) + shared_memory_bytes(pid)
        self._peak = max(self._peak, total)
        return total

    def over_limit(self, limit_bytes: int) -> bool:
        return self.sample() > limit_bytes

    def start_request(self) -> None:
        """The fallback keeps one peak for the child's life: resetting it would need VmHWM."""

    def peak_kb(self) -> int:
        self.sample()
        high_water = sum(live_status_kb(pid, "VmHWM") for pid in self._tree())
        self._peak = max(self._peak, high_water * 1024)
        return self._peak // 1024

    def memory_limit_hit(self) -> bool:
        return False

    def close(self) -> None:
        pass


def new_cgroup(memory_bytes: int, pids: int) -> ChildCgroup | None:
    """A cgroup of its own for one child, with these limits, where this machine lets the judge
    make one (``JUDGE_CGROUP=none``: never); None means the /proc fallback."""
    from judge.errors import SandboxError
    from judge.sandbox import cgroup

    if not cgroup.support().usable:
        return None
    try:
        return cgroup.ChildCgroup.create(memory_bytes, pids)
    except SandboxError:
        return None  # the fallback still judges; describe() says what it does not bound


def process_cpu_s(pid: int) -> float:
    """CPU seconds of process ``pid`` (all its threads) and of the children it reaped; 0 if gone.

    The process CPU clock counts in nanoseconds and stays right after the leader thread
    exits; /proc/<pid>/stat's ``cutime``/``cstime`` add what reaped children used.
    """
    try:
        own = time.clock_gettime((~pid << 3) | _CPUCLOCK_SCHED)
    except (OSError, OverflowError):
        info = proctree.stat(pid)
        return info.cpu_s if info is not None else 0.0
    return own + proctree.reaped_cpu_s(pid)


def resident_bytes(pid: int) -> int:
    """Resident memory of process ``pid``, read through a live thread (a zombie leader reads 0)."""
    for path in _live_task_files(pid, "statm"):
        try:
            with open(path, "rb") as handle:
                resident = int(handle.read().split()[1]) * PAGE_BYTES
        except (OSError, ValueError, IndexError):
            continue
        if resident:
            return resident
    return 0


def live_status_kb(pid: int, field: str) -> int:
    """A kB field of /proc status (``VmHWM``) read through a live thread of ``pid``; 0 if unknown."""
    for path in _live_task_files(pid, "status"):
        found = proctree.status_kb_at(path, field)
        if found:
            return found
    return 0


def _live_task_files(pid: int, name: str) -> Iterator[str]:
    """/proc/<pid>/<name>, then the same file of each of its threads (the leader may be a zombie)."""
    yield f"/proc/{pid}/{name}"
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return
    yield from (f"/proc/{pid}/task/{tid}/{name}" for tid in tids if tid != str(pid))


def shared_memory_bytes(pid: int) -> int:
    """Bytes in the memfd and /dev/shm files ``pid`` holds open: RAM that is not resident memory
    of any process until mapped, and not limited by RLIMIT_AS."""
    total = 0
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return 0
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            if target.startswith(_SHARED_MEMORY):
                total += os.stat(f"/proc/{pid}/fd/{fd}").st_blocks * 512
        except OSError:
            continue
    return total


def describe(kind: str, sandbox: str, process_filter: bool = False) -> dict[str, str]:
    """What bounds each figure for a child measured by ``kind`` in ``sandbox`` (the JSON's ``"limits"``)."""
    filtered = sandbox == "bwrap" and process_filter
    if kind == "cgroup":
        return {
            "cpu": "kernel: the child's cgroup (every thread of every process), read by the judge around each request",
            "memory": "kernel: the cgroup's memory limit and peak (includes tmpfs, /dev/shm and memfd pages)",
            "processes": "kernel: the cgroup's pids.max" + ("; new processes refused by seccomp" if filtered else ""),
        }
    memory = ("judge: resident memory of every process of the run plus memfd and /dev/shm files held open, "
              "polled every 50 ms, and RLIMIT_AS; not bounded: a spike between two polls, and tmpfs files no "
              "process holds open")
    memory += " (bwrap caps /tmp and /dev/shm)" if sandbox == "bwrap" else " (the host's /tmp and /dev/shm are not capped)"
    if filtered:
        processes = "refused by seccomp (the bwrap process filter)"
    elif sandbox == "bwrap":
        processes = "not bounded (no process filter on this machine); killed with the run"
    else:
        processes = "not bounded as root (RLIMIT_NPROC does not apply to root); killed with the run"
    return {
        "cpu": "kernel: process CPU clocks of the whole run (all threads), read by the judge around each request",
        "memory": memory,
        "processes": processes,
    }
