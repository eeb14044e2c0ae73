"""``judge check``: prove a problem package sound, as Kattis's verifyproblem does.

For each problem: every case obeys the stated constraints (the package's
``validator.py``); the reference solution is Accepted; the stub loads and names the
entry point; and every file under ``submissions/<verdict>/`` gets exactly the verdict
its folder names. Submissions are judged without fuzzing, so a wrong solution must
be caught by the cases themselves: that is what proves the cases strong.
"""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tabulate import tabulate

from judge.errors import JudgeError
from judge.judging.runner import RunOptions, judge_file
from judge.problems.problem import Problem
from judge.verdict import Verdict


@dataclass(frozen=True)
class Finding:
    """One checked item: a submission's verdict, the reference, the cases' constraints."""

    problem: str
    item: str
    expected: str
    got: str
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.expected == self.got


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)

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


def verify_problems(problems: list[Problem], jobs: int, sandbox: str,
                    progress: Callable[[str], None] = lambda _: None) -> Report:
    """Check every problem; judgings run ``jobs`` at a time."""
    report = Report()
    tasks: list[tuple[Problem, str, Path, str]] = []
    for problem in problems:
        try:
            report.findings += validate_cases(problem)
        except JudgeError as exc:
            report.findings.append(Finding(problem.slug, "cases", "valid", "error", str(exc)))
            continue
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
    return report


def _judge_one(problem: Problem, item: str, path: Path, expected: str, sandbox: str) -> Finding:
    try:
        if expected == "loads":
            return _check_stub(problem, item, sandbox)
        result = judge_file(problem, path, RunOptions(sandbox=sandbox, fuzz=False))
    except JudgeError as exc:
        return Finding(problem.slug, item, expected, "error", str(exc))
    detail = "" if result.verdict.value == expected else (result.failing_case.name + ": " if result.failing_case else "") + result.message
    return Finding(problem.slug, item, expected, result.verdict.value, detail[:300])


def _check_stub(problem: Problem, item: str, sandbox: str) -> Finding:
    """The stub must compile and define the entry point (it need not be right)."""
    result = judge_file(problem, problem.stub, RunOptions(sandbox=sandbox, fuzz=False, samples_only=True))
    got = "loads" if result.verdict is not Verdict.CE else "does not load"
    return Finding(problem.slug, item, "loads", got, "" if got == "loads" else result.message)


def render_report(report: Report) -> str:
    rows = [[f.problem, f.item, f.expected, f.got, "ok" if f.ok else "FAIL", f.detail[:80]] for f in report.findings]
    table = tabulate(rows, headers=["problem", "item", "expected", "got", "", "detail"])
    bad = sum(not f.ok for f in report.findings)
    tail = "all checks passed" if not bad else f"{bad} check(s) failed"
    return f"{table}\n\n{tail} ({len(report.findings)} checks)"


__all__ = ["Finding", "Report", "render_report", "validate_cases", "verify_problems"]
