"""Helpers for the `judge grade` tests: run the CLI on the fixture problems, compare gradings."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from classgen import PROBLEMS
from click.testing import CliRunner, Result

from judge.cli import main

SCHEMA = Path(__file__).resolve().parent / "junit.xsd"


def grade_cli(*args: str, cwd: Path) -> Result:
    """``judge --problems <fixtures> ARGS`` in-process, from ``cwd`` (where the default results file goes)."""
    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, ["--problems", str(PROBLEMS), *args], catch_exceptions=False)
    finally:
        os.chdir(old)


@dataclass
class GradedClass:
    """One grading of the mixed class, with every output written."""

    folder: Path
    result: Result
    data: dict[str, Any]
    junit: Path
    markdown: Path

    def verdicts(self) -> dict[str, str]:
        return {f"{r['submitter']}/{r['file']}": r["verdict"] for r in self.data["results"]}


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """A grading document without what varies between runs (times, memory, host)."""
    keep = ("submitter", "problem", "file", "verdict", "passed", "total", "message")
    return {
        "results": [{**{k: r[k] for k in keep}, "case": (r["failing_case"] or {}).get("name")}
                    for r in document["results"]],
        "summary": document["summary"],
        "unmatched": document["unmatched"],
        "options": document["options"],
    }
