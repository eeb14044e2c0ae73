"""Linux process trees through /proc: whose child a process is, what it has used, and
killing everything a run started.

The sandbox uses these to watch a run from the judge's side (``judge.sandbox.meter``
reads CPU time and memory the run cannot forge, since the harness shares its process
with the solution) and to find and kill everything a run started, orphans included (the
judge makes itself a child subreaper for that). Every function answers "nothing"
where /proc is missing (macOS) or a process has already gone.

Layout read here (proc(5)): ``/proc/<pid>/stat`` fields after the ``(comm)`` are
state, ppid, pgrp, session, ..., utime, stime, cutime, cstime (clock ticks), ...,
starttime (ticks after boot); ``/proc/<pid>/status`` has ``VmHWM`` (peak resident
set, kB) and ``VmRSS``; ``/proc/<pid>/task/<tid>/children`` lists the children each
thread started.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROC = Path("/proc")
TICKS_PER_S = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
_CHILDREN_FILES = (PROC / str(os.getpid()) / "task" / str(os.getpid()) / "children").exists()


@dataclass(frozen=True)
class Stat:
    """The fields of /proc/<pid>/stat the sandbox needs."""

    pid: int
    state: str
    ppid: int
    session: int
    cpu_s: float  # user + system time of the process, and of the children it has reaped
    start: int  # start time, in clock ticks after boot


def stat(pid: int) -> Stat | None:
    try:
        text = (PROC / str(pid) / "stat").read_text()
        fields = text.rsplit(")", 1)[1].split()  # the command name may hold spaces and ')'
        ticks = sum(int(fields[i]) for i in (11, 12, 13, 14))
        return Stat(pid, fields[0], int(fields[1]), int(fields[3]), ticks / TICKS_PER_S, int(fields[19]))
    except (OSError, IndexError, ValueError):
        return None


def children(pid: int) -> list[int]:
    """The direct children of ``pid``, whichever of its threads started them."""
    if not _CHILDREN_FILES:  # a kernel built without CONFIG_PROC_CHILDREN
        return _children_by_scan(pid)
    found: list[int] = []
    try:
        tasks = list((PROC / str(pid) / "task").iterdir())
    except OSError:
        return found
    for task in tasks:
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:  # the thread ended meanwhile
            continue
    return found


def _children_by_scan(pid: int) -> list[int]:
    found: list[int] = []
    if not PROC.is_dir():
        return found
    for entry in PROC.iterdir():
        if entry.name.isdigit():
            info = stat(int(entry.name))
            if info is not None and info.ppid == pid:
                found.append(info.pid)
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``, parents before their children."""
    found: list[int] = []
    queue = children(pid)
    while queue:
        current = queue.pop(0)
        if current not in found:
            found.append(current)
            queue += children(current)
    return found


def tree(pid: int | None) -> list[int]:
    """``pid`` and every process below it (none for None: a process not started yet)."""
    return [] if pid is None else [pid, *descendants(pid)]


def grandchild(pid: int) -> int | None:
    """The first child of the first child of ``pid`` (under bwrap: bwrap -> its init -> the harness)."""
    for _ in range(2):
        below = sorted(children(pid))
        if not below:
            return None
        pid = below[0]
    return pid


def wait_while_running(pid: int, timeout_s: float) -> None:
    """Wait, at most ``timeout_s``, until ``pid`` (its main thread) is no longer running."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        info = stat(pid)
        if info is None or info.state != "R":
            return
        time.sleep(0.0002)


def status_kb_at(path: str | Path, field: str) -> int:
    """A kB figure from a /proc status file (a process's or one thread's), 0 if unknown."""
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, IndexError, ValueError):
        pass
    return 0


def reaped_cpu_s(pid: int) -> float:
    """CPU seconds of the children ``pid`` has waited for (``cutime`` + ``cstime``), 0 if unknown."""
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[13]) + int(fields[14])) / TICKS_PER_S
    except (OSError, IndexError, ValueError):
        return 0.0


def kill_marked(variable: str) -> None:
    """Kill every process whose environment holds ``variable`` (``NAME=value``): those that
    escaped a run's process group but kept the marker the sandbox put in its environment.
    Under bwrap this finds nothing: the PID namespace already took them down."""
    marker = variable.encode()
    if not PROC.is_dir():
        return
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if marker in environ.split(b"\0"):
            try:
                os.kill(int(entry.name), signal.SIGKILL)
            except OSError:
                pass


# -- the processes of runs: which the judge started, and the orphans it adopts ---------------

launching = threading.Lock()  # held while a child starts, and while orphans are swept
running: set[int] = set()  # pids of children this module started and has not reaped
_subreaper = False


def become_subreaper() -> None:
    """Make the judge a child subreaper (Linux), once, when it first starts a plain process.

    An orphan is then re-parented to the judge rather than to init, so a double fork
    with setsid that also clears its environment still ends up where ``sweep_orphans``
    finds it. Under bwrap the PID namespace does this job; this is for process mode.
    """
    global _subreaper
    if _subreaper or not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        _subreaper = True
    except (OSError, AttributeError):
        pass


def kill_descendants(pid: int) -> None:
    """SIGKILL every process below ``pid``, again until none is left (a fork may race a kill)."""
    for _ in range(20):
        found = descendants(pid)
        if not found:
            return
        for child in found:
            try:
                os.kill(child, signal.SIGKILL)
            except OSError:
                pass


def sweep_orphans(since: int) -> None:
    """Kill and reap the judge's adopted children: orphans of plain-process runs.

    A child of the judge is an orphan of a run when the judge did not start it (not in
    ``running``), it is not in the judge's own session (every run starts a new one,
    and nothing can join the judge's), and it started after the run did (start times
    count clock ticks; the harness takes several to start Python before user code can
    fork) — or it is a zombie already, such as the inner bubblewrap of a killed bwrap
    run, which the subreaper adopts and must reap. So the judge must not start other
    processes in a new session while a plain-process run is open, except through
    ``judge.sandbox.child.Child``, which registers them in ``running``.
    """
    if not _subreaper:
        return
    me, my_session = os.getpid(), os.getsid(0)
    for _ in range(20):
        with launching:
            orphans = [info for info in map(stat, children(me))
                       if info is not None and info.pid not in running and info.session != my_session
                       and (info.start > since or info.state == "Z")]
            if not orphans:
                return
            for orphan in orphans:
                kill_descendants(orphan.pid)
                try:
                    os.kill(orphan.pid, signal.SIGKILL)
                    os.waitpid(orphan.pid, 0)
                except (OSError, ChildProcessError):
                    pass
