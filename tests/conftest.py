"""Shared fixtures: the fixture problems, a CLI runner, and a private history database."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import CliRunner, Result

from judge.cli import main

from fixture_paths import FIXTURE_PROBLEMS
from starvation import hog_cpu0  # noqa: F401 - a fixture: a CPU hog that starves a child on purpose


@pytest.fixture(autouse=True)
def private_history(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the real user's history."""
    path = tmp_path_factory.mktemp("history") / "history.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(path))
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test writes to the real user's cache folder (grade logs, Hypothesis's storage)."""
    path = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(path))
    return path


@pytest.fixture
def cli() -> Callable[..., Result]:
    """Invoke the judge CLI in-process (user code still runs in child processes)."""
    runner = CliRunner()

    def invoke(*args: str, problems: Path | None = FIXTURE_PROBLEMS) -> Result:
        prefix = ["--problems", str(problems)] if problems is not None else []
        return runner.invoke(main, [*prefix, *args], catch_exceptions=False)

    return invoke


@pytest.fixture
def write_solution(tmp_path: Path) -> Callable[[str, str], Path]:
    def write(source: str, name: str = "solution.py") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return path

    return write


@pytest.fixture
def run_json(cli: Callable[..., Result]) -> Callable[..., tuple[int, dict[str, Any]]]:
    """Judge a solution of add-two (by default) and return (exit code, parsed JSON)."""

    def judge(solution: Path, *extra: str, problem: str = "add-two") -> tuple[int, dict[str, Any]]:
        result = cli("run", problem, "--solution", str(solution), "--format", "json", "--no-record", *extra)
        return result.exit_code, json.loads(result.stdout)

    return judge
