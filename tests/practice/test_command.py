"""judge practice as a command: argument checks and errors before the clock starts, and a plain-output run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.practice.history import History

FIXTURE_PROBLEMS = str(Path(__file__).resolve().parents[1] / "fixtures" / "problems")


def practice(*args: str, history: Path | None = None):
    env = {"JUDGE_HISTORY": str(history)} if history else {}
    # a short clock: a test that should fail before the clock starts cannot hang if it does not
    return CliRunner().invoke(main, ["--problems", FIXTURE_PROBLEMS, "practice", "--minutes", "0.05", *args], env=env)


@pytest.mark.parametrize("args, message", [
    (["add-two", "--set", "round-1"], "not both"),
    (["add-two", "--tag", "math"], "leave them out"),
    (["--set", "round-1", "--solution", "x.py"], "--solution names one file"),
    (["--set", "round-9"], "unknown practice set 'round-9' (known: round-1, round-2)"),
    (["--tag", "graph", "--seed", "1"], "no problem matches --tag graph"),
    (["no-such-problem"], "unknown problem 'no-such-problem'"),
])
def test_usage_errors_exit_2_before_the_clock_starts(tmp_path, args, message):
    result = practice(*args, "--history", str(tmp_path / "h.sqlite3"))
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert "left |" not in result.output


def test_an_unwritable_history_is_reported_before_anything_else(tmp_path):
    (tmp_path / "f").write_text("")
    result = practice("add-two", "--solution", str(tmp_path / "s.py"), history=tmp_path / "f" / "h.sqlite3")
    assert result.exit_code == 2
    assert str(tmp_path / "f" / "h.sqlite3") in result.output and "--no-record" in result.output
    assert not (tmp_path / "s.py").exists()


def test_a_set_from_a_users_file_with_an_unknown_problem_names_it(tmp_path):
    sets = tmp_path / "sets.toml"
    sets.write_text('[mine]\nproblems = ["add-two", "add-three"]\n')
    result = practice("--set", "mine", "--sets-file", str(sets), "--no-record")
    assert result.exit_code == 2 and "unknown problem 'add-three'" in result.output


def test_plain_output_and_time_out_when_not_a_terminal(tmp_path):
    """A real run with stdout a pipe: plain status lines, the stub created, time-out exits 1 and is recorded."""
    history = tmp_path / "h.sqlite3"
    solution = tmp_path / "add.py"
    env = {**os.environ, "JUDGE_HISTORY": str(history), "JUDGE_PROBLEMS": FIXTURE_PROBLEMS}
    done = subprocess.run([sys.executable, "-m", "judge.cli", "practice", "add-two", "--minutes", "0.02",
                           "--solution", str(solution)], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    out = done.stdout
    assert "Add two integers." in out                       # the statement
    assert "[00:02 left | add-two | tries 0]" in out        # a plain status line, no escape codes
    assert "\x1b" not in out and "\r" not in out
    assert "Time is up after 00:02 on add-two: not accepted, 0 tries." in out
    assert solution.read_text() == (Path(FIXTURE_PROBLEMS) / "add-two" / "stub.py").read_text()
    [session] = History(history).sessions()
    assert (session.problem, session.outcome, session.tries) == ("add-two", "timeout", 0)


def test_judge_run_records_unless_told_not_to(tmp_path):
    solution = tmp_path / "ok.py"
    solution.write_text((Path(FIXTURE_PROBLEMS) / "add-two" / "reference.py").read_text())
    history = tmp_path / "h.sqlite3"
    env = {"JUDGE_HISTORY": str(history)}
    args = ["--problems", FIXTURE_PROBLEMS, "run", "add-two", "--solution", str(solution), "--no-fuzz",
            "--sandbox", "process"]
    assert CliRunner().invoke(main, args, env=env).exit_code == 0
    assert CliRunner().invoke(main, [*args, "--no-record"], env=env).exit_code == 0
    [row] = History(history).attempts()
    assert (row.problem, row.source, row.verdict, row.passed, row.total) == ("add-two", "run", "AC", 4, 4)
    assert row.size_bytes == len(solution.read_bytes())


def test_a_solution_file_that_cannot_be_created_is_a_usage_error(tmp_path):
    (tmp_path / "f").write_text("")
    result = practice("add-two", "--no-record", "--solution", str(tmp_path / "f" / "add.py"))
    assert result.exit_code == 2
    assert "cannot create the solution file" in result.output and "--solution PATH" in result.output
