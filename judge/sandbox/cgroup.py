"""Kernel-measured CPU time, memory and process count for one judged child: ``ChildCgroup``.

The child (bwrap or python) joins a fresh cgroup of its own between fork and exec
(``enter``, called from ``preexec_fn``), so it and everything it starts are counted from
their first instruction, whatever they do to ``/proc`` or their own clocks. The judge
reads the group's counters around each request. Files used (see docs/sandbox.md):

========================  ===================================  ==================================
figure                    cgroup v1                            cgroup v2
========================  ===================================  ==================================
CPU time, all threads     cpuacct.usage (ns)                   cpu.stat ``usage_usec``
peak memory               memory(.memsw).max_usage_in_bytes     memory.peak (else polled current)
memory now                memory(.memsw).usage_in_bytes         memory.current
limit reached / OOM kill  memory.failcnt, memory.oom_control    memory.events ``max``/``oom``/``oom_kill``
processes                 pids.current, pids.peak, pids.events  the same
limits set                memory.limit_in_bytes,                memory.max, memory.swap.max=0,
                          memory.memsw.limit_in_bytes, pids.max memory.oom.group=1, pids.max
========================  ===================================  ==================================

Memory counters include page cache, tmpfs, ``/dev/shm`` and memfd pages the group
touched: they are charged to it. Readers return None for "unknown" (a file this kernel
lacks, a group already closed); setup errors are ``SandboxError``s.
"""

from __future__ import annotations

import atexit
import itertools
import os
import secrets
import signal
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from judge.errors import SandboxError
from judge.sandbox.cgroup_setup import configure, make_leaves, remove_leaves, sweep_stale, write
from judge.sandbox.cgroup_support import CgroupSupport, detect

__all__ = ["ChildCgroup", "CgroupSupport", "MemoryEvents", "detect", "support", "sweep"]

# role -> (controller, candidate files, first that exists wins)
_FILES: dict[int, dict[str, tuple[str, tuple[str, ...]]]] = {
    1: {
        "cpu": ("cpu", ("cpuacct.usage",)),
        "peak": ("memory", ("memory.memsw.max_usage_in_bytes", "memory.max_usage_in_bytes")),
        "current": ("memory", ("memory.memsw.usage_in_bytes", "memory.usage_in_bytes")),
        "failcnt": ("memory", ("memory.failcnt",)),
        "oom": ("memory", ("memory.oom_control",)),
        "pids_current": ("pids", ("pids.current",)),
        "pids_peak": ("pids", ("pids.peak",)),
        "pids_events": ("pids", ("pids.events",)),
    },
    2: {
        "cpu": ("cpu", ("cpu.stat",)),
        "peak": ("memory", ("memory.peak",)),
        "current": ("memory", ("memory.current",)),
        "events": ("memory", ("memory.events",)),
        "pids_current": ("pids", ("pids.current",)),
        "pids_peak": ("pids", ("pids.peak",)),
        "pids_events": ("pids", ("pids.events",)),
        "kill": ("pids", ("cgroup.kill",)),
    },
}
_RESET_V1 = ("memory.max_usage_in_bytes", "memory.memsw.max_usage_in_bytes")

_counter = itertools.count(1)
_open: weakref.WeakSet[ChildCgroup] = weakref.WeakSet()
_swept: set[int] = set()  # the pids (this process and forks of it) that swept stale groups already


@dataclass(frozen=True)
class MemoryEvents:
    """How often the group reached its memory limit, and whether the OOM killer acted."""

    limit_reached: int  # v1 memory.failcnt, v2 memory.events "max" (also counts limits met by reclaim)
    ooms: int | None  # v2 "oom"; v1 "under_oom" now (0 or 1)
    oom_kills: int | None  # processes the OOM killer killed in the group (None: the kernel does not say)


_support: CgroupSupport | None = None


def support() -> CgroupSupport:
    """``detect()``, once per process."""
    global _support
    if _support is None:
        _support = detect()
    return _support


def sweep() -> list[Path]:
    """Remove the groups of judge processes that died without closing them (a grading
    worker ended by SIGTERM, a judge killed with SIGKILL); returns what was removed.
    ``create`` does this once per process by itself; a pool calls it after ending workers."""
    found = support()
    return sweep_stale(found) if found.usable else []


class ChildCgroup:
    """The leaf cgroup(s) of one judged child: one directory per hierarchy (v1) or one (v2).

    Make one with ``create``; the constructor wraps leaf directories that already exist.
    """

    def __init__(self, version: int, dirs: Mapping[str, Path]) -> None:
        self.version = version
        self.dirs = dict(dirs)  # "memory", "pids", "cpu" -> leaf directory
        self.leaves = sorted(set(self.dirs.values()))
        self._files = _existing(version, self.dirs)
        self._fds: dict[str, int] = {}
        self._polled_peak = 0
        self._owner = os.getpid()
        self.closed = False
        self._procs_fds: list[int] = []
        for leaf in self.leaves:
            try:
                self._procs_fds.append(os.open(leaf / "cgroup.procs", os.O_WRONLY | os.O_CLOEXEC))
            except OSError as exc:
                self._close_fds()
                raise SandboxError(f"cannot open {leaf / 'cgroup.procs'} for writing: {exc.strerror}") from exc
        _open.add(self)

    @classmethod
    def create(cls, memory_bytes: int | None, pids_max: int | None,
               cgroups: CgroupSupport | None = None) -> ChildCgroup:
        """A fresh group with these limits (None: no limit, counted only) in every hierarchy."""
        cgroups = support() if cgroups is None else cgroups
        if not cgroups.usable or cgroups.version is None:
            raise SandboxError(f"kernel accounting (cgroups) is not available: {cgroups.reason}")
        if os.getpid() not in _swept:
            _swept.add(os.getpid())
            sweep_stale(cgroups)
        name = f"c{next(_counter)}-{secrets.token_hex(4)}"
        try:
            dirs = make_leaves(cgroups, name)
        except OSError as exc:
            raise SandboxError(f"cannot make a cgroup for the solution: {exc} "
                               "(JUDGE_CGROUP=none judges without kernel accounting)") from exc
        try:
            configure(cgroups.version, dirs, memory_bytes, pids_max)
            return cls(cgroups.version, dirs)
        except (OSError, SandboxError) as exc:
            remove_leaves(sorted(set(dirs.values())))
            if isinstance(exc, SandboxError):
                raise
            raise SandboxError(f"cannot set the limits of a cgroup for the solution: {exc}") from exc

    # -- joining -----------------------------------------------------------------------

    def enter(self) -> None:
        """Move the calling process into the group. Safe in ``preexec_fn``: only ``os.write``
        on descriptors opened in advance (they are close-on-exec: the solution never sees them).
        Writing "0" to cgroup.procs moves the writer; an error raises OSError, which
        ``subprocess`` reports in the parent as a failed start."""
        for fd in self._procs_fds:
            os.write(fd, b"0")

    def attach(self, pid: int) -> None:
        """Move a running process into the group from outside (what it did before is not counted)."""
        for fd in self._procs_fds:
            os.write(fd, str(pid).encode())

    def procs(self) -> set[int]:
        """The processes in the group now (any hierarchy)."""
        found: set[int] = set()
        for leaf in self.leaves:
            try:
                found |= {int(p) for p in (leaf / "cgroup.procs").read_text().split()}
            except (OSError, ValueError):
                continue
        return found

    # -- readers: None means unknown ------------------------------------------------------

    def cpu_seconds(self) -> float | None:
        """CPU time (user + system) of every thread of every process the group has held."""
        text = self._read("cpu")
        if text is None:
            return None
        if self.version == 1:
            nsec = _int(text)
            return nsec / 1e9 if nsec is not None else None
        usec = _keyed(text).get("usage_usec")
        return usec / 1e6 if usec is not None else None

    def memory_current_bytes(self) -> int | None:
        return _int(self._read("current"))

    def memory_peak_bytes(self) -> int | None:
        """The most memory the group has held since creation or ``reset_peak``: anonymous
        memory, page cache, tmpfs, /dev/shm and memfd pages (plus swap on v1 with memsw).
        Without memory.peak (v2 before Linux 5.19) it is the largest ``memory.current`` seen
        by ``sample`` and this call (``peak_is_polled``)."""
        if "peak" in self._files:
            return _int(self._read("peak"))
        self.sample()
        return self._polled_peak if not self.closed else None

    @property
    def peak_is_polled(self) -> bool:
        return "peak" not in self._files

    def sample(self) -> None:
        """Fold ``memory.current`` into the polled peak (only needed where ``peak_is_polled``)."""
        current = self.memory_current_bytes()
        if current is not None:
            self._polled_peak = max(self._polled_peak, current)

    def reset_peak(self) -> bool:
        """Start a new peak from the current usage (per case); False where the kernel cannot."""
        if self.closed:
            return False
        if self.peak_is_polled:
            self._polled_peak = self.memory_current_bytes() or 0
            return True
        if self.version == 1:
            done = False
            for name in _RESET_V1:
                try:
                    write(self.dirs["memory"] / name, "0")
                    done = True
                except OSError:
                    continue
            return done
        try:  # v2 (Linux 6.12+): a write resets the peak seen through this same descriptor
            os.write(self._fd("peak"), b"reset")
            return True
        except OSError:
            return False

    def memory_events(self) -> MemoryEvents | None:
        if self.version == 1:
            failcnt, oom = _int(self._read("failcnt")), self._read("oom")
            if failcnt is None:
                return None
            control = _keyed(oom or "")
            return MemoryEvents(failcnt, control.get("under_oom"), control.get("oom_kill"))
        events = _keyed(self._read("events") or "")
        if "max" not in events:
            return None
        return MemoryEvents(events["max"], events.get("oom"), events.get("oom_kill"))

    def memory_limit_hit(self) -> bool | None:
        """True if the OOM killer acted in the group (the limit could not be kept by reclaim).
        Where the kernel does not count OOM kills, True once the limit was reached at all."""
        events = self.memory_events()
        if events is None:
            return None
        if events.oom_kills is None:
            return events.limit_reached > 0 or bool(events.ooms)
        return events.oom_kills > 0 or bool(events.ooms)

    def pids_current(self) -> int | None:
        return _int(self._read("pids_current"))

    def pids_peak(self) -> int | None:
        """Most processes (and threads: each counts) at once; None before Linux 6.13."""
        return _int(self._read("pids_peak"))

    def pids_limit_hit(self) -> bool | None:
        """True once a fork or thread was refused because of ``pids.max``."""
        events = _keyed(self._read("pids_events") or "")
        return events["max"] > 0 if "max" in events else None

    # -- ending ------------------------------------------------------------------------

    def kill_all(self, timeout_s: float = 5.0) -> bool:
        """SIGKILL everything in the group (v2: cgroup.kill; else rounds over cgroup.procs,
        through pidfds so a recycled pid is never hit); True once the group is empty."""
        if "kill" in self._files:
            try:
                write(self._files["kill"], "1")
            except OSError:
                pass
        deadline = time.monotonic() + timeout_s
        while True:
            pids = self.procs()
            if not pids:
                return True
            if time.monotonic() > deadline:
                return False
            _kill(pids, self.procs)
            time.sleep(0.002)

    def close(self) -> None:
        """Kill what is left, remove the leaves and, if no other group is open, the judge's parents."""
        if self.closed:
            return
        self.closed = True
        _open.discard(self)
        self._close_fds()
        if os.getpid() != self._owner:
            return  # a fork of the judge: the groups are the judge's own to remove
        self.kill_all()
        remove_leaves(self.leaves)

    def __enter__(self) -> ChildCgroup:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- files --------------------------------------------------------------------------

    def _fd(self, role: str) -> int:
        if role not in self._fds:
            path = self._files[role]
            try:  # v2 memory.peak is writable (reset) on newer kernels; the same fd must read it
                self._fds[role] = os.open(path, os.O_RDWR | os.O_CLOEXEC)
            except OSError:
                self._fds[role] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        return self._fds[role]

    def _read(self, role: str) -> str | None:
        if self.closed or role not in self._files:
            return None
        try:
            return os.pread(self._fd(role), 65536, 0).decode("ascii", "replace")
        except OSError:
            return None

    def _close_fds(self) -> None:
        for fd in [*self._procs_fds, *self._fds.values()]:
            try:
                os.close(fd)
            except OSError:
                pass
        self._procs_fds, self._fds = [], {}


def _existing(version: int, dirs: Mapping[str, Path]) -> dict[str, Path]:
    found = {}
    for role, (controller, names) in _FILES[version].items():
        if controller not in dirs:
            continue
        path = next((dirs[controller] / n for n in names if (dirs[controller] / n).exists()), None)
        if path is not None:
            found[role] = path
    return found


def _kill(pids: set[int], recheck: Callable[[], set[int]]) -> None:
    """SIGKILL ``pids`` through pidfds taken before re-reading the group, so a pid that exited and
    was reused by an unrelated process in between is left alone."""
    handles = {}
    for pid in pids:
        try:
            handles[pid] = os.pidfd_open(pid)
        except OSError:
            continue
    still = recheck()
    for pid, fd in handles.items():
        try:
            if pid in still:
                signal.pidfd_send_signal(fd, signal.SIGKILL)
        except OSError:
            pass
        finally:
            os.close(fd)


def _int(text: str | None) -> int | None:
    try:
        return int(text.strip()) if text is not None else None
    except ValueError:
        return None


def _keyed(text: str) -> dict[str, int]:
    """``key value`` lines (cpu.stat, memory.events, memory.oom_control, pids.events)."""
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[1].lstrip("-").isdigit():
            found[parts[0]] = int(parts[1])
    return found


@atexit.register
def _close_all() -> None:
    """Nothing outlives the judge: close every group still open when it exits."""
    for group in list(_open):
        group.close()
