"""The limits of one judged child, and the environment it starts with.

``apply_limits`` runs in the child between fork and exec (``preexec_fn``): resource
limits, the main thread's stack for deep recursion, and death with the judge.
``clean_environment`` is the whole environment a solution sees.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
from dataclasses import dataclass
from typing import Any

STACK_BYTES = 512 * 1024 * 1024  # the main thread's stack (RLIMIT_STACK): deep recursion, as on LeetCode
ADDRESS_SPACE_SLACK_MB = 1024  # RLIMIT_AS over the memory limit: the interpreter, libraries, the stack's growth
PIDS_MAX = 128  # processes and threads of one child, where a cgroup bounds them
PASS_THROUGH_ENV = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


@dataclass(frozen=True)
class Limits:
    """Limits for one child: CPU seconds for its whole life, memory, output bytes, tasks."""

    cpu_s: float
    memory_mb: int
    output_bytes: int
    open_files: int = 64
    file_size_bytes: int = 16 * 1024 * 1024
    pids: int = PIDS_MAX


def clean_environment(marker: str) -> dict[str, str]:
    """The only environment a solution sees: nothing from the judge's own (no CI secrets)."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": "/tmp",
        "TMPDIR": "/tmp",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "JUDGE_RUN": marker,
    }
    for name in PASS_THROUGH_ENV:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _load_libc() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - a platform without a C library to load
        return None


# Loaded before any fork: between fork and exec only async-signal-safe work is safe,
# and importing or loading a library there can deadlock when the judge has threads.
_LIBC = _load_libc()


def apply_limits(limits: Limits, address_space: bool) -> None:
    """Runs in the child between fork and exec: rlimits, and die if the judge dies.

    ``address_space`` is False where a cgroup bounds memory: RLIMIT_AS counts reserved
    address space, not memory, and would refuse an honest thread pool its stacks."""
    cpu = max(1, int(limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))
    if address_space:
        address = (limits.memory_mb + ADDRESS_SPACE_SLACK_MB) * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (address, address))
    resource.setrlimit(resource.RLIMIT_STACK, (STACK_BYTES, STACK_BYTES))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_bytes, limits.file_size_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if _LIBC is not None:  # sent when the forking *thread* exits: judge.sandbox.launcher forks on one that
        _LIBC.prctl(1, signal.SIGKILL)  # lives as long as the judge (PR_SET_PDEATHSIG)
