"""End to end: `judge practice` in a real pseudo-terminal, edited like a user would, then `judge stats`."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest
from pty_diagnostics import describe

FIXTURE_PROBLEMS = str(Path(__file__).resolve().parents[1] / "fixtures" / "problems")
JUDGE = [sys.executable, "-m", "judge.cli", "--problems", FIXTURE_PROBLEMS]
WRONG = "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a - b\n"
RIGHT = "class Solution:\n    def add(self, a: int, b: int) -> int:\n        return a + b\n"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs a POSIX pseudo-terminal")


@pytest.fixture
def env(tmp_path):
    return {**os.environ, "JUDGE_HISTORY": str(tmp_path / "history.sqlite3"), "TERM": "xterm", "COLUMNS": "100"}


def as_a_terminal_job_starts() -> None:
    """Runs in the child before exec: SIGINT back to its default, as a shell's foreground job has it.

    A signal ignored at exec stays ignored, and Python then installs no KeyboardInterrupt
    handler. pytest started as ``pytest ... &`` from a non-interactive shell (a CI
    script, a log-to-file run) ignores SIGINT (POSIX: a background command without job
    control does), and the judge started here would inherit that and rightly ignore Ctrl-C.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def as_a_background_job_starts() -> None:
    """Runs in the child before exec: SIGINT ignored and SIGTERM default, as a background command of a
    shell without job control has them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def spawn(tmp_path: Path, env: dict[str, str], *args: str, start=as_a_terminal_job_starts) -> pexpect.spawn:
    return pexpect.spawn(JUDGE[0], [*JUDGE[1:], "practice", "add-two", "--solution", str(tmp_path / "add.py"),
                                    "--no-fuzz", "--sandbox", "process", *args],
                         env=env, cwd=str(tmp_path), encoding="utf-8", timeout=20, dimensions=(24, 100),
                         preexec_fn=start)


def test_practice_in_a_terminal_from_wrong_answer_to_accepted_then_stats(tmp_path, env):
    child = spawn(tmp_path, env, "--minutes", "5")
    child.expect("Add two integers")
    child.expect(r"\r\x1b\[K0[45]:\d\d left \| add-two \| tries 0")  # the status line, redrawn in place
    (tmp_path / "add.py").write_text(WRONG)
    child.expect("samples: .*Wrong Answer")
    child.expect(r"tries 1 \| last: Wrong Answer")
    (tmp_path / "add.py").write_text(RIGHT)
    child.expect("samples: .*Accepted")
    child.expect("all cases: .*Accepted")
    child.expect(r"Accepted add-two in 0\d:\d\d after 2 tries\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    stats = subprocess.run([*JUDGE, "stats"], env=env, capture_output=True, text=True, timeout=30)
    assert stats.returncode == 0, stats.stderr
    [row] = [line.split() for line in stats.stdout.splitlines() if line.startswith("add-two")]
    assert row[1] == "2" and row[-2:] == ["AC", "1"]   # two attempts; the last Accepted; streak 1
    assert (tmp_path / "add.py").read_text() == RIGHT  # the judge never wrote to the user's file


@pytest.fixture(params=["default", "ignored"])
def inherited_sigint(request):
    """SIGINT in this test process as a terminal gives it, or ignored as under ``pytest ... &`` in a script."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler if request.param == "default" else signal.SIG_IGN)
    yield request.param
    signal.signal(signal.SIGINT, before)


def test_ctrl_c_stops_practice_and_leaves_a_clean_line(tmp_path, env, inherited_sigint):
    child = spawn(tmp_path, env, "--minutes", "5")
    child.expect(r"left \| add-two \| tries 0")
    child.sendintr()
    if child.expect(["stopped \\(Ctrl-C\\)", pexpect.TIMEOUT]) == 1:
        report = describe(child)
        child.terminate(force=True)
        pytest.fail("Ctrl-C did not stop practice:\n" + report)
    child.expect(r"Stopped after 00:0\d on add-two: not accepted, 0 tries\.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130


def test_started_with_sigint_ignored_it_says_so_and_the_kill_it_names_ends_it(tmp_path, env):
    """Ctrl-C cannot stop a judge that started with SIGINT ignored: it must not say it does, and the
    command it names instead (``kill <pid>``, SIGTERM) does end it."""
    child = spawn(tmp_path, env, "--minutes", "5", start=as_a_background_job_starts)
    child.expect(r"Every save is judged; Ctrl-C is ignored .*?`kill (\d+)` ends it at once")
    assert int(child.match.group(1)) == child.pid
    child.expect(r"left \| add-two \| tries 0")
    child.kill(signal.SIGTERM)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGTERM
