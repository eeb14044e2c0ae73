"""``judge check``: prove a problem package sound, as Kattis's verifyproblem does.

For each problem: every case obeys the stated constraints (the package's
``validator.py``); the reference solution is Accepted; the stub loads and names the
entry point; and every file under ``submissions/<verdict>/`` gets exactly the verdict
its folder names. Submissions are judged without fuzzing, so a wrong solution must
be caught by the cases themselves: that is what proves the cases strong. Where the
problem's limit is calibrated (``calibration.json``), accepted submissions must also
run well inside it and known TLE ones fail even under the limit x 1.5, as Kattis's
verifyproblem proves ``time_multipliers``; the margins are reported. Two authoring
checks (``judge.problems.regenerate``): ``generate.py`` must reproduce ``data/``
byte for byte, and missing or placeholder fuzzing strategies are a warning.
"""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from tabulate import tabulate

from judge.errors import JudgeError
from judge.judging.runner import RunOptions, judge_file
from judge.problems import calibration
from judge.problems.kattis.problem import KattisProblem
from judge.problems.problem import Problem
from judge.problems.regenerate import generate_differences, strategies_warning
from judge.verdict import JudgeResult, Verdict


@dataclass(frozen=True)
class Finding:
    """One checked item: a submission's verdict, the reference, the cases' constraints."""

    problem: str
    item: str
    expected: str
    got: str
    detail: str = ""
    margin: str = ""
    warning: bool = False  # worth fixing, but the package still judges correctly
    result: JudgeResult | None = field(default=None, compare=False, repr=False)

    @property
    def ok(self) -> bool:
        return self.warning or self.expected == self.got


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # e.g. a Kattis package's time-limit calibration

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.findings)


def validate_cases(problem: Problem) -> list[Finding]:
    """Run the package's validator on every case; a violation names the file and line."""
    path = problem.root / "validator.py"
    if not path.is_file():
        return [Finding(problem.slug, "validator.py", "present", "missing")]
    spec = importlib.util.spec_from_file_location(f"judge_validator_{problem.slug.replace('-', '_')}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    bad = []
    cases = problem.all_cases()
    for case in cases:
        try:
            module.validate(case.args)
        except (ValueError, AssertionError, TypeError) as exc:
            bad.append(f"{case.where}: {exc}")
    detail = "; ".join(bad[:3]) + (f" (and {len(bad) - 3} more)" if len(bad) > 3 else "")
    return [Finding(problem.slug, f"constraints ({len(cases)} cases)", "valid", "invalid" if bad else "valid", detail)]


REPRODUCES = "reproduces data/"


def verify_problems(problems: list[Problem], jobs: int, sandbox: str,
                    progress: Callable[[str], None] = lambda _: None) -> Report:
    """Check every problem; judgings run ``jobs`` at a time."""
    report = Report()
    tasks: list[tuple[Problem, str, Path, str]] = []
    for problem in problems:
        if isinstance(problem, KattisProblem):
            tasks += _kattis_tasks(problem, report)
            continue
        try:
            report.findings += validate_cases(problem)
        except JudgeError as exc:
            report.findings.append(Finding(problem.slug, "cases", "valid", "error", str(exc)))
            continue
        report.findings.append(calibration_finding(problem))
        report.findings += authoring_findings(problem)
        if (problem.root / "generate.py").is_file():
            tasks.append((problem, "generate.py", problem.root / "generate.py", REPRODUCES))
        tasks.append((problem, "reference.py", problem.reference, Verdict.AC.value))
        tasks.append((problem, "stub.py", problem.stub, "loads"))
        for folder, path in problem.submissions():
            expected = Verdict.from_folder(folder)
            if expected is None:
                report.findings.append(Finding(problem.slug, f"{folder}/{path.name}", "a verdict folder",
                                               "unknown folder", "folders: accepted, wrong_answer, time_limit_exceeded, ..."))
                continue
            tasks.append((problem, f"{folder}/{path.name}", path, expected.value))

    def one(task: tuple[Problem, str, Path, str]) -> Finding:
        problem, item, path, expected = task
        finding = _judge_one(problem, item, path, expected, sandbox)
        progress(f"{'ok ' if finding.ok else 'BAD'} {problem.slug}: {item} -> {finding.got}")
        return finding

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        report.findings += list(pool.map(one, tasks))
    for problem in problems:
        if isinstance(problem, KattisProblem):
            report.notes += _kattis_calibration(problem, report)
    return report


def _kattis_tasks(problem: KattisProblem, report: Report) -> list[tuple[Problem, str, Path, str]]:
    """A package's Python submissions to judge; the others are listed as not judged."""
    from judge.problems.kattis import check as kattis_check

    tasks: list[tuple[Problem, str, Path, str]] = []
    for planned in kattis_check.plan(problem):
        if planned.expected == kattis_check.NOT_JUDGED:
            report.findings.append(Finding(problem.slug, planned.item, planned.expected, planned.expected, planned.reason))
        else:
            tasks.append((problem, planned.item, planned.path, planned.expected))
    return tasks


def _kattis_calibration(problem: KattisProblem, report: Report) -> list[str]:
    from judge.problems.kattis import check as kattis_check

    results = {f.item: f.result for f in report.findings if f.problem == problem.slug and f.result is not None}
    try:
        return kattis_check.calibration_lines(problem, results)
    except JudgeError as exc:
        return [f"{problem.slug}: no time-limit calibration: {exc}"]


def _judge_one(problem: Problem, item: str, path: Path, expected: str, sandbox: str) -> Finding:
    try:
        if expected == "loads":
            return _check_stub(problem, item, sandbox)
        if expected == REPRODUCES:
            return _check_generate(problem)
        result = judge_file(problem_for(problem, expected), path, RunOptions(sandbox=sandbox, fuzz=False))
    except JudgeError as exc:
        return Finding(problem.slug, item, expected, "error", str(exc))
    detail = "" if result.verdict.value == expected else (result.failing_case.name + ": " if result.failing_case else "") + result.message
    got, margin = time_margin(problem, result, expected)
    if result.score is not None:
        detail = f"score {result.score.score:g}/{result.score.max_score:g}" + (f"; {detail}" if detail else "")
    return Finding(problem.slug, item, expected, got, detail[:300], margin, result=result)


def _check_stub(problem: Problem, item: str, sandbox: str) -> Finding:
    """The stub must compile and define the entry point (it need not be right)."""
    result = judge_file(problem, problem.stub, RunOptions(sandbox=sandbox, fuzz=False, samples_only=True))
    got = "loads" if result.verdict is not Verdict.CE else "does not load"
    return Finding(problem.slug, item, "loads", got, "" if got == "loads" else result.message)


def authoring_findings(problem: Problem) -> list[Finding]:
    """Warnings about how the package was written: fuzzing strategies missing or still the template's."""
    why = strategies_warning(problem)
    if why is None:
        return [Finding(problem.slug, "strategies.py", "fuzzes", "fuzzes")]
    return [Finding(problem.slug, "strategies.py", "fuzzes", "weak", why, warning=True)]


def _check_generate(problem: Problem) -> Finding:
    """generate.py, run in a copy of the folder, must write data/ exactly as it is."""
    differences = generate_differences(problem) or []
    got = REPRODUCES if not differences else "differs"
    detail = "; ".join(differences[:3]) + (f" (and {len(differences) - 3} more)" if len(differences) > 3 else "")
    return Finding(problem.slug, "generate.py", REPRODUCES, got, detail)


def render_report(report: Report) -> str:
    ordered = sorted(report.findings, key=lambda f: f.problem)  # stable: each problem's own order
    rows = [[f.problem, f.item, f.expected, f.got, "warn" if f.warning else "ok" if f.ok else "FAIL", f.margin,
             f.detail[:80]] for f in ordered]
    table = tabulate(rows, headers=["problem", "item", "expected", "got", "", "time margin", "detail"])
    bad = sum(not f.ok for f in report.findings)
    tail = "all checks passed" if not bad else f"{bad} check(s) failed"
    warned = sum(f.warning for f in report.findings)
    tail += f", {warned} warning(s)" if warned else ""
    notes = "".join(f"{line}\n" for line in report.notes)
    return f"{table}\n\n{notes}{tail} ({len(report.findings)} checks)"


# --- time margins (issue 12): calibrated limits, proven as Kattis proves them -------------------------


def calibration_finding(problem: Problem) -> Finding:
    """Whether the problem's limit is calibrated, and on the cases it has now (a note, never a failure:
    the margins below are proven afresh on every check)."""
    found = calibration.read(problem.root)
    if found is None:
        return Finding(problem.slug, "time limit", "default", "default",
                       f"not calibrated: max({problem.time_rule.floor_s} s, {problem.time_rule.factor}x the "
                       f"reference); set it with judge check --calibrate {problem.slug}")
    stale = found.fingerprint != calibration.fingerprint(problem.root)
    return Finding(problem.slug, "time limit", "calibrated", "calibrated",
                   f"max({found.time_floor_s} s, {found.time_factor}x the reference)"
                   + ("; the cases changed since: rerun judge check --calibrate" if stale else ""))


def problem_for(problem: Problem, expected: str) -> Problem:
    """Known TLE submissions are judged under the limit x the safety margin (Kattis): they must still fail."""
    if expected == Verdict.TLE.value and problem.time_rule.calibrated:
        return replace(problem, time_rule=problem.time_rule.stretched(calibration.TLE_MARGIN))
    return problem


def time_margin(problem: Problem, result: JudgeResult, expected: str) -> tuple[str, str]:
    """The verdict as the check sees it, and the margin to the limit: an accepted submission must run within
    limit / AC_MIN_MARGIN on every case (outside the grey zone); a TLE one failed under limit x TLE_MARGIN."""
    got = result.verdict.value
    if not problem.time_rule.calibrated:
        return got, ""
    if got == Verdict.TLE.value == expected:
        return got, f"> limit x {calibration.TLE_MARGIN}"
    timed = [c.limit_ms / c.time_ms for c in result.cases if c.limit_ms and c.time_ms > 0]
    if got != Verdict.AC.value or not timed:
        return got, ""
    margin = min(timed)
    if expected == Verdict.AC.value and margin < calibration.AC_MIN_MARGIN:
        return "AC, too near the limit", f"limit / time = {margin:.2f}x (< {calibration.AC_MIN_MARGIN})"
    return got, f"limit / time = {margin:.1f}x"


__all__ = ["Finding", "Report", "render_report", "validate_cases", "verify_problems"]
