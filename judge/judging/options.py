"""How a judging runs: its options, the sandbox it picks, and the time allowances it gives.

Shared by the case loop (``runner``), fuzzing and the re-measurement in fresh children,
so each states the same limits the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.errors import SandboxError, UsageError
from judge.problems.problem import Problem
from judge.sandbox import bwrap, meter
from judge.verdict import Bounds

IMPORT_CPU_S = 2.0  # CPU time to start up and import a solution, at least (precomputing answers counts here)
LOAD_TIMEOUT_S = 10.0
KILL_MARGIN = 1.5  # a case is stopped at 1.5x its limit (+0.25 s): far enough to see how far over it ran


@dataclass(frozen=True)
class RunOptions:
    """How to judge: sandbox choice, fuzzing."""

    sandbox: str = "auto"
    fuzz: bool = True
    fuzz_examples: int | None = None
    seed: int | None = None
    samples_only: bool = False
    keep_going: bool = False  # judge every case even after one fails (judge check --strength)


def require_modules(problem: Problem) -> None:
    """Problems that need a package (NumPy) say so in problem.toml; say how to get it."""
    import importlib.util

    missing = [name for name in problem.requires if importlib.util.find_spec(name) is None]
    if missing:
        raise UsageError(f"{problem.slug} needs {', '.join(missing)}, which is not installed: "
                         f"pip install 'judge[ml]' (or pip install {' '.join(missing)})")


def choose_sandbox(choice: str) -> str:
    """``auto`` means bwrap where it works, else a plain process; ``bwrap`` insists."""
    if choice == "process":
        return "process"
    usable = bwrap.availability()
    if choice == "bwrap" and not usable.usable:
        raise SandboxError(f"--sandbox bwrap asked for, but {usable.reason}; use --sandbox process or see judge doctor")
    return "bwrap" if usable.usable else "process"


def cpu_kill_after(limit_s: float) -> float:
    """CPU seconds after which a case is stopped: far enough past the limit that a run near
    it still reports how long it took (for the re-measurement in fresh children)."""
    return limit_s * KILL_MARGIN + 0.25


def bounds(accounting: str, sandbox: str) -> Bounds:
    """What bounded a run in ``sandbox`` measured by ``accounting`` ("cgroup" or "proc")."""
    filtered = sandbox == "bwrap" and bwrap.availability().process_filter
    return Bounds(accounting=accounting, **meter.describe(accounting, sandbox, filtered))


def import_limit_s(problem: Problem) -> float:
    """CPU seconds a solution may take to start and import: ``IMPORT_CPU_S``, or the problem's
    time floor if that is larger."""
    return max(IMPORT_CPU_S, problem.time_rule.floor_s)


def load_timeout(problem: Problem) -> float:
    """Wall-clock time for a load: importing NumPy from a cold disk on a busy machine takes a while."""
    return max(LOAD_TIMEOUT_S, wall_timeout(import_limit_s(problem)))


def wall_timeout(limit_s: float) -> float:
    """Wall-clock grace over a CPU limit, for a loaded machine and a solution that sleeps."""
    return limit_s * 2 + 1.0
