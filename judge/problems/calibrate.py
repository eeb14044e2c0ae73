"""``judge check --calibrate``: measure a problem's known submissions and write its ``calibration.json``.

Every ``submissions/accepted/`` file and the reference are judged under a generous
rule, each beside the reference case by case, and summarised as ratios
(``calibration.figures``); the limit factor is the slowest of them x 2. Then every
``submissions/time_limit_exceeded/`` file is judged under that limit stretched by
the safety margin (x 1.5): it must still be TLE. One that is not cannot be told
from the accepted ones by time alone; the file says so, and records how both grow
with n (``judge run --complexity``'s estimate), the evidence that does separate them.
"""

from __future__ import annotations

import datetime
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from judge.errors import JudgeError
from judge.judging.runner import RunOptions, judge_file
from judge.problems import calibration
from judge.problems.calibration import CaseTime, SubmissionFigures
from judge.problems.problem import Problem, TimeRule
from judge.verdict import JudgeResult, Verdict

GENEROUS = TimeRule(floor_s=30.0, factor=1000.0)


def case_times(result: JudgeResult) -> list[CaseTime]:
    """Each judged case as (name, seconds, reference seconds)."""
    return [CaseTime(c.name, c.time_ms / 1000, (c.reference_ms or 0.0) / 1000) for c in result.cases]


def _judge(problem: Problem, path: Path, rule: TimeRule, sandbox: str) -> JudgeResult:
    return judge_file(replace(problem, time_rule=rule), path, RunOptions(sandbox=sandbox, fuzz=False))


def measure_accepted(problem: Problem, sandbox: str, jobs: int,
                     progress: Callable[[str], None]) -> dict[str, tuple[Verdict, SubmissionFigures]]:
    """The reference and every accepted submission, judged under the generous rule."""
    paths = {"reference.py": problem.reference}
    paths.update({f"{folder}/{p.name}": p for folder, p in problem.submissions() if folder == "accepted"})

    def one(item: tuple[str, Path]) -> tuple[str, tuple[Verdict, SubmissionFigures]]:
        name, path = item
        result = _judge(problem, path, GENEROUS, sandbox)
        found = calibration.figures(case_times(result))
        progress(f"{problem.slug}: {name} {result.verdict.value}, worst {found.worst_ratio:.2f}x the reference "
                 f"({found.worst_case})")
        return name, (result.verdict, found)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(one, paths.items()))


def measure_tle(problem: Problem, rule: TimeRule, sandbox: str, jobs: int,
                progress: Callable[[str], None]) -> dict[str, dict[str, Any]]:
    """Every known TLE submission under the calibrated limit x the safety margin."""
    stretched = rule.stretched(calibration.TLE_MARGIN)
    paths = {f"{folder}/{p.name}": p for folder, p in problem.submissions() if folder == "time_limit_exceeded"}

    def one(item: tuple[str, Path]) -> tuple[str, dict[str, Any]]:
        name, path = item
        result = _judge(problem, path, stretched, sandbox)
        last = result.cases[-1] if result.cases else None
        entry: dict[str, Any] = {"verdict": result.verdict.value,
                                 "separated_by_time": result.verdict is Verdict.TLE}
        if result.verdict is Verdict.TLE and last is not None and last.limit_ms:
            entry.update(case=last.name, beyond_limit=round(last.time_ms / last.limit_ms * calibration.TLE_MARGIN, 2))
        elif result.verdict is Verdict.AC:
            entry.update(calibration.figures(case_times(result)).as_json())
        progress(f"{problem.slug}: {name} under the limit x {calibration.TLE_MARGIN}: {result.verdict.value}")
        return name, entry

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return dict(pool.map(one, paths.items()))


def growth_evidence(problem: Problem, name: str, sandbox: str) -> dict[str, Any] | None:
    """How a submission time cannot separate grows, next to the reference (None without ``worst_case``)."""
    from judge.judging import complexity

    if problem.kind != "call" or not hasattr(complexity.load_strategies(problem), "worst_case"):
        return None
    block = complexity.estimate(problem, problem.root / "submissions" / name, RunOptions(sandbox=sandbox))
    return {"exponent": block.exponent, "reference_exponent": block.reference_exponent}


def calibrate(problem: Problem, sandbox: str = "auto", jobs: int = 1,
              progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Measure, decide the limit, check the TLE submissions against it, and write the file."""
    accepted = measure_accepted(problem, sandbox, jobs, progress)
    failed = [name for name, (verdict, _) in accepted.items() if verdict is not Verdict.AC]
    if failed:
        raise JudgeError(f"{problem.slug}: {', '.join(failed)} not Accepted even under a generous time limit; "
                         f"fix the submission (or move it to its verdict's folder) before calibrating")
    found = [figures for _, figures in accepted.values()]
    rule = TimeRule(calibration.time_floor(found), calibration.time_factor(found), calibrated=True)
    tle = measure_tle(problem, rule, sandbox, jobs, progress)
    for name, entry in tle.items():
        if entry["verdict"] == Verdict.AC.value:
            progress(f"{problem.slug}: time cannot separate {name} from the accepted ones; measuring growth")
            entry["growth"] = growth_evidence(problem, name, sandbox)
    body = {
        "written_by": "judge check --calibrate", "written_at": datetime.datetime.now(datetime.timezone.utc)
        .strftime("%Y-%m-%dT%H:%M:%SZ"), "python": sys.version.split()[0],
        "fingerprint": calibration.fingerprint(problem.root), "ac_multiplier": calibration.AC_MULTIPLIER,
        "tle_margin": calibration.TLE_MARGIN, "min_reference_s": calibration.MIN_REFERENCE_S,
        "time_factor": rule.factor, "time_floor_s": rule.floor_s,
        "submissions": {name: {"verdict": verdict.value, **figures.as_json()}
                        for name, (verdict, figures) in sorted(accepted.items())} | dict(sorted(tle.items())),
    }
    calibration.write(problem.root, body)
    return body


def _ac_margin(entry: dict[str, Any], factor: float, floor_s: float) -> list[str]:
    """An accepted submission's worst case against the reference, and how far inside the limit it ran."""
    margins = []
    if entry.get("worst_case"):
        margins.append(calibration.ac_margin(factor, entry["worst_ratio"]))
    if entry.get("slowest_small_s"):
        margins.append(floor_s / entry["slowest_small_s"])
    worst = f"{entry['worst_ratio']:.2f}x" if entry.get("worst_case") else "no case long enough for a ratio"
    return [worst, f"limit / time >= {min(margins):.1f}x" if margins else ""]


def render_calibration(slug: str, body: dict[str, Any]) -> str:
    """The limit chosen and each known submission's margin to it, as a table."""
    from tabulate import tabulate

    factor = float(body["time_factor"])
    rows = []
    for name, entry in body["submissions"].items():
        if entry.get("verdict") == Verdict.AC.value and "worst_ratio" in entry and name.startswith(("accepted", "ref")):
            rows.append([name, "AC", *_ac_margin(entry, factor, float(body["time_floor_s"]))])
        elif entry.get("separated_by_time"):
            rows.append([name, "TLE", f">= {entry.get('beyond_limit', calibration.TLE_MARGIN)}x the limit",
                         f"beyond limit x {calibration.TLE_MARGIN}"])
        else:
            growth = entry.get("growth") or {}
            rows.append([name, entry.get("verdict"), f"{entry.get('worst_ratio', 0):.2f}x",
                         "NOT separated by time" + (f"; growth n^{growth.get('exponent')} vs the reference's "
                                                    f"n^{growth.get('reference_exponent')}" if growth else "")])
    head = (f"{slug}: time limit = max({body['time_floor_s']} s, {factor}x the reference) — the slowest accepted "
            f"x {body['ac_multiplier']}; known TLE submissions must exceed it x {body['tle_margin']}")
    return head + "\n" + tabulate(rows, headers=["submission", "verdict", "worst case vs reference", "margin"]) + "\n"


__all__ = ["calibrate", "case_times", "render_calibration"]
