"""How a judging runs: its options, the sandbox it picks, and the time allowances it gives.

Shared by the case loop (``runner``), fuzzing and the re-measurement in fresh children,
so each states the same limits the same way.
"""

from __future__ import annotations

from dataclasses import dataclass

from judge.errors import SandboxError, UsageError
from judge.judging import timing
from judge.problems.problem import Problem
from judge.sandbox import bwrap, meter
from judge.verdict import Bounds

IMPORT_CPU_S = 2.0  # CPU time to start up and import a solution, at least (precomputing answers counts here)
LOAD_TIMEOUT_S = 10.0
KILL_PAST_S = 0.001  # a case is stopped this far past the CPU it must exceed to be settled as over


@dataclass(frozen=True)
class RunOptions:
    """How to judge: sandbox choice, fuzzing."""

    sandbox: str = "auto"
    fuzz: bool = True
    fuzz_examples: int | None = None
    seed: int | None = None
    samples_only: bool = False
    keep_going: bool = False  # judge every case even after one fails (judge check --strength)
    readings: int = 1  # readings of the heaviest cases behind the reported figures (judge.judging.steady)


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
    """CPU seconds after which a case is stopped: just past the grey zone (``timing.GREY`` x the limit,
    1.39x), the furthest the timing rule must observe. A reading up to there is needed (a grey one is
    settled in fresh children); a case stopped there has used more, the kernel's reading says so, and it
    is beyond the grey zone: TLE at once, having cost 1.39 limits of CPU, once (it was 1.5x + 0.25 s and
    then three fresh runs, each stopped at that point too)."""
    return limit_s * timing.GREY + KILL_PAST_S


def over_kill_after(limit_s: float) -> float:
    """CPU seconds after which a fresh run of the grey-zone rule is stopped: a fresh reading only has to
    say whether it is over the limit (``timing.decide``), so it is stopped just past it, and counts as over."""
    return limit_s + KILL_PAST_S


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
