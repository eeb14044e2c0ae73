"""Where this machine lets the judge make cgroups, and for what: ``detect()``.

The judge measures a judged child's CPU time, memory and process count with a cgroup of
the child's own (``judge.sandbox.cgroup``). This module finds where such groups can be
made, without changing anything but a probe directory it removes at once:

- **cgroup v2** (one hierarchy, ``cgroup2`` in ``/proc/self/mountinfo``): the base is the
  directory named by ``JUDGE_CGROUP``, else the judge's own group (``0::/path`` in
  ``/proc/self/cgroup``). It must be writable and list ``memory`` and ``pids`` in its
  ``cgroup.controllers`` (``cpu.stat`` is always there, so CPU time needs no controller).
  v2 allows controllers only in groups without processes ("no internal processes"): if
  they are not yet enabled in the base's ``cgroup.subtree_control`` and the only process
  in the base is the judge, the judge will move itself into a leaf
  ``judge-supervisor-<pid>-<start>`` first (``evacuate``), as systemd's delegation
  documentation recommends; any other process there makes v2 unusable.
- **cgroup v1** (one hierarchy per controller, ``cgroup`` in mountinfo): the judge's own
  group in the ``memory`` and ``pids`` hierarchies (required) and ``cpuacct`` (optional),
  each writable.

v2 is preferred where both work. ``JUDGE_CGROUP=none`` turns kernel accounting off.
Making and removing the groups is ``judge.sandbox.cgroup_setup``'s job.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

PROC_SELF = Path("/proc/self")
REQUIRED = frozenset({"memory", "pids"})


@dataclass(frozen=True)
class Hierarchy:
    """One mounted hierarchy: the controllers used from it and the base the judge makes groups under."""

    base: Path
    controllers: frozenset[str]  # of "memory", "pids", "cpu"


@dataclass(frozen=True)
class CgroupSupport:
    """What ``detect`` found. ``version`` is None when neither v1 nor v2 can be used, and
    ``reason`` says why (for ``judge doctor``); otherwise ``reason`` says what is used."""

    version: int | None
    hierarchies: tuple[Hierarchy, ...] = ()
    reason: str = ""
    evacuate: bool = False  # v2: the judge must leave the base for a leaf before controllers can be enabled
    notes: tuple[str, ...] = field(default=())

    @property
    def usable(self) -> bool:
        return self.version is not None

    def describe(self) -> str:
        """One line for ``judge doctor``: what the kernel will measure and bound, or why not."""
        if not self.usable:
            return f"unavailable — {self.reason}; time and memory come from /proc and rlimits"
        figures = {"cpu": "CPU time of all threads", "memory": "memory incl. tmpfs, /dev/shm and memfd",
                   "pids": "process count"}
        line = f"{self.reason}: " + ", ".join(figures[m] for m in ("cpu", "memory", "pids") if m in self.measures)
        return "; ".join((line, *self.notes))

    @property
    def measures(self) -> frozenset[str]:
        """The figures a group can give: a subset of ``{"memory", "pids", "cpu"}``."""
        found: set[str] = set()
        for hierarchy in self.hierarchies:
            found |= hierarchy.controllers
        return frozenset(found)


@dataclass(frozen=True)
class _Mount:
    point: Path
    root: str  # the path inside the hierarchy that is mounted at ``point``
    fstype: str
    options: frozenset[str]  # the super options: the controllers of a v1 hierarchy


def detect(proc: Path = PROC_SELF, env: Mapping[str, str] | None = None) -> CgroupSupport:
    """Find out whether per-child cgroups can be made here, v2 first, then v1."""
    env = os.environ if env is None else env
    if env.get("JUDGE_CGROUP", "").lower() in ("none", "off", "0"):
        return CgroupSupport(None, reason="turned off by JUDGE_CGROUP=none")
    try:
        mounts = _mounts((proc / "mountinfo").read_text())
        own = _own_groups((proc / "cgroup").read_text())
    except OSError as exc:
        return CgroupSupport(None, reason=f"cannot read {exc.filename}: {exc.strerror} (not Linux?)")
    v2 = _detect_v2(mounts, own, env)
    if v2.usable:
        return v2
    v1 = _detect_v1(mounts, own)
    if v1.usable:
        return v1
    return CgroupSupport(None, reason=f"{v2.reason}; {v1.reason}")


def _mounts(mountinfo: str) -> list[_Mount]:
    """The cgroup mounts in /proc/self/mountinfo (proc(5): fields, ' - ', fstype source options)."""
    found = []
    for line in mountinfo.splitlines():
        left, sep, right = line.partition(" - ")
        fields, tail = left.split(), right.split()
        if not sep or len(fields) < 5 or len(tail) < 3 or tail[0] not in ("cgroup", "cgroup2"):
            continue
        point = Path(_unescape(fields[4]))
        found.append(_Mount(point, _unescape(fields[3]), tail[0], frozenset(tail[2].split(","))))
    return found


def _unescape(text: str) -> str:
    """mountinfo writes space, tab, newline and backslash as octal escapes (\\040)."""
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), text)


def _own_groups(text: str) -> dict[str, str]:
    """Controller -> the judge's group path, from /proc/self/cgroup; v2's line is keyed ''."""
    groups: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(":", 2)
        if len(parts) != 3:
            continue
        for controller in parts[1].split(",") if parts[1] else [""]:
            groups[controller] = parts[2]
    return groups


def _inside(mount: _Mount, path: str) -> Path:
    """The directory of group ``path`` under ``mount`` (the mount may show only a subtree)."""
    root = mount.root.rstrip("/")
    if root and (path == root or path.startswith(root + "/")):
        path = path[len(root):]
    elif root and root != "/":
        return mount.point  # a cgroup namespace or bind mount: the mount is the judge's view
    return mount.point / path.lstrip("/")


def _probe(base: Path) -> str | None:
    """None if a group can be made (and removed) under ``base``, else why not."""
    probe = base / f"judge-probe-{os.getpid()}"
    try:
        os.mkdir(probe)
        os.rmdir(probe)
    except OSError as exc:
        return f"{base} is not writable ({exc.strerror})"
    return None


def _read_words(path: Path) -> set[str] | None:
    try:
        return set(path.read_text().split())
    except OSError:
        return None


def _detect_v2(mounts: list[_Mount], own: Mapping[str, str], env: Mapping[str, str]) -> CgroupSupport:
    mount = next((m for m in mounts if m.fstype == "cgroup2"), None)
    if mount is None:
        return CgroupSupport(None, reason="no cgroup v2 hierarchy is mounted")
    if env.get("JUDGE_CGROUP"):
        base = Path(env["JUDGE_CGROUP"])
    elif "" in own:
        base = _inside(mount, own[""])
    else:
        return CgroupSupport(None, reason="/proc/self/cgroup names no cgroup v2 group")
    available = _read_words(base / "cgroup.controllers")
    if available is None:
        return CgroupSupport(None, reason=f"cgroup v2: {base} is not a cgroup directory")
    if not REQUIRED <= available:
        listed = " ".join(sorted(available)) or "nothing"
        return CgroupSupport(None, reason=f"cgroup v2: the memory and pids controllers are not delegated "
                                          f"to {base} (its cgroup.controllers lists {listed})")
    why = _probe(base)
    if why is not None:
        return CgroupSupport(None, reason=f"cgroup v2: {why}")
    enabled = _read_words(base / "cgroup.subtree_control") or set()
    evacuate = False
    if not REQUIRED <= enabled:
        procs = {int(p) for p in _read_words(base / "cgroup.procs") or set() if p.isdigit()}
        others = sorted(procs - {os.getpid()})
        if others:
            return CgroupSupport(None, reason=f"cgroup v2: {base} holds other processes ({', '.join(map(str, others[:5]))}), "
                                              "and v2 enables controllers only in groups without processes; start the "
                                              "judge in a delegated scope of its own (systemd-run --user --scope -p "
                                              "Delegate=yes judge ...) or set JUDGE_CGROUP to an empty delegated group")
        evacuate = os.getpid() in procs
    hierarchy = Hierarchy(base, frozenset({"memory", "pids", "cpu"}))
    return CgroupSupport(2, (hierarchy,), reason=f"cgroup v2 under {base}", evacuate=evacuate)


def _detect_v1(mounts: list[_Mount], own: Mapping[str, str]) -> CgroupSupport:
    bases: dict[Path, set[str]] = {}
    missing = []
    for controller, name in (("memory", "memory"), ("pids", "pids"), ("cpuacct", "cpu")):
        mount = next((m for m in mounts if m.fstype == "cgroup" and controller in m.options), None)
        if mount is None:
            missing.append(f"no {controller} hierarchy")
            continue
        base = _inside(mount, own.get(controller, "/"))
        why = _probe(base)
        if why is not None:
            missing.append(why)
            continue
        bases.setdefault(base, set()).add(name)
    found = frozenset().union(*bases.values()) if bases else frozenset()
    if not REQUIRED <= found:
        return CgroupSupport(None, reason="cgroup v1: " + "; ".join(missing))
    hierarchies = tuple(Hierarchy(base, frozenset(names)) for base, names in bases.items())
    notes = tuple(f"cgroup v1: {m} (CPU time falls back to /proc)" for m in missing)
    where = ", ".join(str(h.base) for h in hierarchies)
    return CgroupSupport(1, hierarchies, reason=f"cgroup v1 under {where}", notes=notes)
