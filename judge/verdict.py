"""Verdicts and the frozen records a judging run produces.

These records are plain data: reports (text, JSON, JUnit, Markdown), the grader and
the history all read them, and none of them holds a reference to user objects.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any


class Verdict(str, enum.Enum):
    """The verdicts a user knows from LeetCode and Kattis, plus IE for the judge's own faults."""

    AC = "AC"
    WA = "WA"
    TLE = "TLE"
    MLE = "MLE"
    RE = "RE"
    CE = "CE"
    OLE = "OLE"
    IE = "IE"

    @property
    def title(self) -> str:  # type: ignore[override]  # str.title() is not used on verdicts
        return _TITLES[self]

    @property
    def folder(self) -> str:
        """The ``submissions/`` folder name of solutions expected to get this verdict."""
        return _TITLES[self].lower().replace(" ", "_")

    @classmethod
    def from_folder(cls, name: str) -> "Verdict | None":
        for verdict in cls:
            if verdict.folder == name:
                return verdict
        return None


_TITLES = {
    Verdict.AC: "Accepted",
    Verdict.WA: "Wrong Answer",
    Verdict.TLE: "Time Limit Exceeded",
    Verdict.MLE: "Memory Limit Exceeded",
    Verdict.RE: "Runtime Error",
    Verdict.CE: "Compile Error",
    Verdict.OLE: "Output Limit Exceeded",
    Verdict.IE: "Internal Error",
}


@dataclass(frozen=True)
class CaseResult:
    """The outcome of one case: verdict, CPU time of the call, peak memory."""

    name: str
    group: str
    verdict: Verdict
    time_ms: float
    memory_kb: int
    time_spread_ms: float = 0.0
    reference_ms: float | None = None
    limit_ms: float | None = None


@dataclass(frozen=True)
class FailingCase:
    """What the user sees about the case that failed (inputs already plain data)."""

    name: str
    input: dict[str, Any]
    expected: Any
    actual: Any
    message: str
    hint: str | None = None
    stdout: str = ""
    traceback: str | None = None


@dataclass(frozen=True)
class FoundInput:
    """A generated input that fails, already shrunk by Hypothesis (inputs by parameter name)."""

    input: dict[str, Any]
    expected: Any
    actual: Any
    verdict: Verdict
    message: str


@dataclass(frozen=True)
class FuzzSummary:
    """How many generated inputs ran, from which seed, and the failing one found, if any."""

    examples: int
    seed: int
    counterexample: FoundInput | None = None


@dataclass(frozen=True)
class StreamFigures:
    """Source calls per output beside the entropy bound and two-call rejection sampling's cost."""

    calls_per_output: float
    entropy_bound: float
    rejection_sampling: float
    # the smallest total variation of single outputs / of pairs the pooled tests detect, and with
    # what probability (docs/statistics.md); None where no pooled test ran
    detectable_tv_singles: float | None = None
    detectable_tv_pairs: float | None = None
    detectable_tv_power: float | None = None


@dataclass(frozen=True)
class GroupScore:
    """One test group of a scoring problem: its verdict ("" if not judged), score and maximum."""

    name: str
    verdict: str
    score: float
    max_score: float


@dataclass(frozen=True)
class ScoreFigures:
    """A scoring problem's score (the root grader's) out of its maximum, and every group's."""

    score: float
    max_score: float
    groups: tuple[GroupScore, ...] = ()


@dataclass(frozen=True)
class GrowthPoint:
    """One measured size for ``--complexity``: the fastest call at input size ``n``."""

    n: int
    seconds: float


@dataclass(frozen=True)
class Complexity:
    """Growth exponents of the solution and the reference, with the points they were fitted on."""

    exponent: float | None
    reference_exponent: float | None
    points: tuple[GrowthPoint, ...] = ()
    reference_points: tuple[GrowthPoint, ...] = ()
    uncertainty: float | None = None  # +- on the exponent: half the spread between measuring rounds
    reference_uncertainty: float | None = None
    family: str | None = None  # the worst-case family reported, when the problem has several
    exponents: dict[str, float] = field(default_factory=dict)  # the solution's exponent on each family


@dataclass(frozen=True)
class Standing:
    """How fast an Accepted solution is: against the reference, and among the problem's known accepted ones."""

    ratio: float  # all cases: time over the reference's, measured beside each other
    faster_than: int  # known accepted solutions (calibration.json) with a higher ratio
    known: int  # known accepted solutions with a recorded ratio
    large_ratio: float | None = None  # the same on the cases the reference takes long enough to time
    slow: bool = False  # large_ratio over judge.judging.standing.SLOW_FACTOR
    growth: float | None = None  # exponent of time over input size across the cases, when slow
    reference_growth: float | None = None


@dataclass(frozen=True)
class Bounds:
    """Who measured and bounded a run's CPU time, memory and processes (the JSON's ``limits``):
    the kernel through a cgroup, or the judge's /proc fallback, which says what it misses."""

    accounting: str  # "cgroup" or "proc"
    cpu: str
    memory: str
    processes: str


@dataclass(frozen=True)
class JudgeResult:
    """Everything one ``judge run`` found, ready for any report."""

    problem: str
    solution: str
    verdict: Verdict
    passed: int
    total: int
    time_ms: float
    memory_kb: int
    cases: tuple[CaseResult, ...]
    sandbox: str
    failing_case: FailingCase | None = None
    message: str = ""
    reference_time_ms: float | None = None
    fuzz: FuzzSummary | None = None  # after the hidden cases, when fuzzing ran
    minimal_case: FoundInput | None = None  # a smaller failing input beside a failed hidden case
    stream: StreamFigures | None = None  # stream problems: how the randomness was used
    complexity: Complexity | None = None  # judge run --complexity
    score: ScoreFigures | None = None  # scoring problems (Kattis packages with type: scoring)
    standing: Standing | None = None  # Accepted only: speed next to the reference and the known solutions
    import_ms: float | None = None  # CPU time to start the solution's process and import it
    limits: Bounds | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict is Verdict.AC
