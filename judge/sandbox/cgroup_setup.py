"""Making, limiting and removing the judge's cgroup directories.

Under each base that ``detect`` found, a judge process owns one parent group,
``judge-<pid>-<start>`` (``start``: its start time in clock ticks, so a recycled pid is
never taken for a live owner), and makes one leaf per judged child in it::

    <base>/judge-<pid>-<start>/c<n>-<random>/     one per child, in every hierarchy
    <base>/judge-supervisor-<pid>-<start>/        v2 only, when the judge had to leave its base

On v2 the parent and (once) the base get ``+memory +pids`` in ``cgroup.subtree_control``.
A parent is removed with its last leaf; ``sweep_stale`` removes what a judge killed with
SIGKILL left behind, once its owner is gone.
"""

from __future__ import annotations

import errno
import os
import re
import signal
import threading
import time
from collections.abc import Mapping
from pathlib import Path

from judge.sandbox.cgroup_support import REQUIRED, CgroupSupport, Hierarchy

OWNER_RE = re.compile(r"^judge-(?:supervisor-)?(\d+)-(\d+)$")

_lock = threading.Lock()  # parents are made and removed under it, so a leaf never loses its parent


def start_ticks(pid: int) -> int | None:
    """A process's start time (clock ticks after boot, field 22 of /proc/<pid>/stat)."""
    try:
        text = (Path("/proc") / str(pid) / "stat").read_text()
        return int(text.rsplit(")", 1)[1].split()[19])
    except (OSError, IndexError, ValueError):
        return None


def owner_name(prefix: str = "judge") -> str:
    """``judge-<pid>-<start>``: the group this judge process owns under each base."""
    return f"{prefix}-{os.getpid()}-{start_ticks(os.getpid()) or 0}"


def make_leaves(cgroups: CgroupSupport, name: str) -> dict[str, Path]:
    """Make leaf ``name`` under the judge's parent in every hierarchy; controller -> leaf.
    Raises OSError (after removing what it made) if any step fails."""
    dirs: dict[str, Path] = {}
    made: list[Path] = []
    with _lock:
        try:
            for hierarchy in cgroups.hierarchies:
                leaf = _parent(hierarchy, cgroups) / name
                mkdir(leaf)
                made.append(leaf)
                dirs.update(dict.fromkeys(hierarchy.controllers, leaf))
        except OSError:
            _remove_leaves(made)
            raise
    return dirs


def remove_leaves(leaves: list[Path]) -> None:
    """Kill what is left in the leaves, remove them, and their parents if now empty."""
    with _lock:
        _remove_leaves(leaves)


def _remove_leaves(leaves: list[Path]) -> None:
    for leaf in leaves:
        remove_tree(leaf)
        try:
            os.rmdir(leaf.parent)  # fails while a sibling leaf is in use: fine
        except OSError:
            pass


def configure(version: int, dirs: Mapping[str, Path], memory_bytes: int | None, pids_max: int | None) -> None:
    """Write the limits (None: leave unlimited). Raises OSError naming the file."""
    memory, pids = dirs["memory"], dirs["pids"]
    if memory_bytes is not None:
        if version == 1:
            write(memory / "memory.limit_in_bytes", str(memory_bytes))
            if (memory / "memory.memsw.limit_in_bytes").exists():  # swap must not hide memory
                write(memory / "memory.memsw.limit_in_bytes", str(memory_bytes))
        else:
            write(memory / "memory.max", str(memory_bytes))
            if (memory / "memory.swap.max").exists():
                write(memory / "memory.swap.max", "0")
    if version == 2 and (memory / "memory.oom.group").exists():
        write(memory / "memory.oom.group", "1")  # an OOM kill takes the whole child, not one process of it
    if pids_max is not None:
        write(pids / "pids.max", str(pids_max))


def _parent(hierarchy: Hierarchy, cgroups: CgroupSupport) -> Path:
    """``<base>/judge-<pid>-<start>``, made on demand; on v2 with controllers enabled below it."""
    parent = hierarchy.base / owner_name()
    if cgroups.version == 2:
        _prepare_v2_base(hierarchy.base, cgroups.evacuate)
        mkdir(parent, exist_ok=True)
        _enable(parent)
    else:
        mkdir(parent, exist_ok=True)
    return parent


def _prepare_v2_base(base: Path, evacuate: bool) -> None:
    if REQUIRED <= set((base / "cgroup.subtree_control").read_text().split()):
        return
    if evacuate:  # v2: a group with controllers below it holds no process, so the judge moves to a leaf
        home = base / owner_name("judge-supervisor")
        mkdir(home, exist_ok=True)
        write(home / "cgroup.procs", str(os.getpid()))
    _enable(base)


def _enable(group: Path) -> None:
    enabled = set((group / "cgroup.subtree_control").read_text().split())
    missing = [f"+{c}" for c in sorted(REQUIRED) if c not in enabled]
    if missing:
        write(group / "cgroup.subtree_control", " ".join(missing))


def mkdir(path: Path, exist_ok: bool = False) -> None:
    """Make a group directory (the seam tests use to fake the files the kernel would add)."""
    try:
        os.mkdir(path)
    except FileExistsError:
        if not exist_ok:
            raise


def write(path: Path, value: str) -> None:
    """Write one value to a cgroup file; the OSError names the file and the value."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_TRUNC | os.O_CLOEXEC)  # as `echo v > file`
    except OSError as exc:
        raise OSError(exc.errno, f"cannot open {path}: {exc.strerror}") from exc
    try:
        os.write(fd, value.encode())
    except OSError as exc:
        raise OSError(exc.errno, f"cannot write {value!r} to {path}: {exc.strerror}") from exc
    finally:
        os.close(fd)


def sweep_stale(cgroups: CgroupSupport) -> list[Path]:
    """Remove the ``judge-*`` groups whose owner (pid and start time) is gone; returns them.

    Processes left in them are killed first. Errors are ignored: a group that cannot be
    removed now is tried again by the next judge. (Owners are looked up in this PID
    namespace: judges sharing a writable cgroup tree must share it too.)
    """
    removed = []
    for hierarchy in cgroups.hierarchies:
        try:
            entries = list(hierarchy.base.iterdir())
        except OSError:
            continue
        for entry in entries:
            match = OWNER_RE.match(entry.name)
            if match is None or not entry.is_dir():
                continue
            if start_ticks(int(match.group(1))) == int(match.group(2)):
                continue  # the owner is alive
            if remove_tree(entry):
                removed.append(entry)
    return removed


def remove_tree(group: Path) -> bool:
    """Kill whatever is left in ``group`` and the groups below it, then remove them, bottom up."""
    try:
        below = [p for p in group.iterdir() if p.is_dir()]
    except OSError:
        below = []
    for sub in below:
        remove_tree(sub)
    for _ in range(200):
        pids = _pids(group)
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            os.rmdir(group)
            return True
        except FileNotFoundError:
            return True
        except OSError as exc:
            if exc.errno == errno.ENOTEMPTY:
                return False  # cgroupfs says EBUSY while in use; this is a plain directory
        time.sleep(0.005)  # killed processes take a moment to leave the group
    return False


def _pids(group: Path) -> set[int]:
    try:
        return {int(p) for p in (group / "cgroup.procs").read_text().split()}
    except (OSError, ValueError):
        return set()
