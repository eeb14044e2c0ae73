"""``judge check`` on a Kattis package, as ``verifyproblem`` proves one, for Python submissions.

Every Python file under ``submissions/<folder>/`` must get its folder's verdict
(``accepted`` AC, ``wrong_answer`` WA, ``time_limit_exceeded`` TLE, ``run_time_error``
RE); submissions in other languages, folder programs and other folders are listed
as not judged. After judging, the time-limit calibration is printed: where the limit
comes from, the slowest accepted submission and its headroom, and how far past the
limit each TLE submission went.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge.judging.options import cpu_kill_after
from judge.problems.kattis.problem import KattisProblem
from judge.problems.kattis.timelimit import time_limit
from judge.verdict import JudgeResult, Verdict

FOLDER_VERDICTS = {"accepted": Verdict.AC, "wrong_answer": Verdict.WA, "time_limit_exceeded": Verdict.TLE,
                   "run_time_error": Verdict.RE}
NOT_JUDGED = "not judged"


@dataclass(frozen=True)
class Planned:
    """One submission to judge (``expected`` a verdict) or to list (``expected`` NOT_JUDGED)."""

    item: str
    path: Path
    expected: str
    reason: str = ""


def plan(problem: KattisProblem) -> list[Planned]:
    """Every known submission, with what ``judge check`` expects of it."""
    planned = []
    for submission in problem.kattis.submissions():
        item = f"{submission.folder}/{submission.path.name}"
        if submission.judged:
            planned.append(Planned(item, submission.path, FOLDER_VERDICTS[submission.folder].value))
        else:
            planned.append(Planned(item, submission.path, NOT_JUDGED, submission.reason))
    return planned


def calibration_lines(problem: KattisProblem, results: dict[str, JudgeResult]) -> list[str]:
    """The time-limit calibration, from the judged submissions (``results`` by item)."""
    limit = time_limit(problem)
    timing = problem.kattis.meta.timing
    lines = [f"{problem.slug}: time limit {limit.limit_s:g} s"]
    if limit.source == "computed":
        lines[0] += (f" = slowest accepted {limit.slowest_ac_s:.3f} s ({limit.slowest_ac}) x {limit.multiplier:g}, "
                     f"rounded up to {timing.resolution:g} s")
    else:
        lines[0] += f" (fixed by {limit.source})"
    accepted = [(item, r) for item, r in results.items() if item.startswith("accepted/") and r.cases]
    if accepted:
        item, slowest = max(accepted, key=lambda pair: max(c.time_ms for c in pair[1].cases))
        worst_ms = max(c.time_ms for c in slowest.cases)
        headroom = limit.limit_s * 1000 / worst_ms if worst_ms > 0 else float("inf")
        lines.append(f"  slowest accepted: {item}, {worst_ms:.1f} ms on its slowest case "
                     f"({headroom:.1f}x under the limit; the package asks for {timing.ac_to_limit:g}x)")
    for item, result in results.items():
        if item.startswith("time_limit_exceeded/"):
            lines.append("  " + _tle_margin(item, result, limit.limit_s, timing.limit_to_tle))
    return lines


def _tle_margin(item: str, result: JudgeResult, limit_s: float, wanted: float) -> str:
    timed_out = [c for c in result.cases if c.verdict is Verdict.TLE]
    if not timed_out:
        return f"{item}: no case over the limit (got {result.verdict.value})"
    case = timed_out[0]
    # A TLE case's time is the kernel's CPU reading, at least: a case stopped at the judge's cut-off (just
    # past the grey zone, cpu_kill_after) or at the wall clock would have run on.
    ratio = case.time_ms / (limit_s * 1000)
    if ratio >= wanted:
        verdict = "meets"
    elif wanted > cpu_kill_after(limit_s) / limit_s:
        verdict = f"cannot confirm, as the judge stops a case at {cpu_kill_after(limit_s) / limit_s:.2f}x,"
    else:
        verdict = "cannot confirm"
    return (f"{item}: {case.name} ran >= {ratio:.1f}x the limit ({verdict} the package's "
            f"{wanted:g}x margin for too-slow submissions)")


__all__ = ["FOLDER_VERDICTS", "NOT_JUDGED", "Planned", "calibration_lines", "plan"]
