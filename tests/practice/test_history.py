"""The history database: where it is, its schema version and migrations, concurrent writers, errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from practice_fakes import make_result

from judge.practice import history as history_module
from judge.errors import HistoryError
from judge.practice.history import (Attempt, History, Session, attempt_from_result, history_path, record_run,
                           schema_version)
from judge.verdict import Verdict


def attempt(problem="add-two", verdict="AC", **changes) -> Attempt:
    fields = dict(problem=problem, at="2025-01-02T03:04:05.000+00:00", verdict=verdict, passed=4, total=4,
                  time_ms=1.0, memory_kb=10, source="run", solve_seconds=None, tries=None, sha256=None,
                  size_bytes=None, sandbox="process")
    fields.update(changes)
    return Attempt(**fields)


def test_the_path_comes_from_the_option_then_the_environment_then_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("JUDGE_HISTORY", raising=False)
    if sys.platform.startswith("linux"):
        assert history_path() == tmp_path / "xdg" / "judge" / "history.sqlite3"
    monkeypatch.setenv("JUDGE_HISTORY", str(tmp_path / "env.sqlite3"))
    assert history_path() == tmp_path / "env.sqlite3"
    assert history_path(tmp_path / "opt.sqlite3") == tmp_path / "opt.sqlite3"


def test_a_new_database_gets_the_schema_version_and_wal(tmp_path):
    store = History(tmp_path / "deep" / "h.sqlite3")
    store.add_attempt(attempt())
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version() == 2
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.attempts() == [attempt()]


def test_version_0_is_migrated(tmp_path):
    path = tmp_path / "h.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE unrelated (x)")  # a version-0 file: no schema of ours, user_version 0
    conn.commit()
    conn.close()
    store = History(path)
    store.add_session(Session("add-two", None, "2025-01-01T00:00:00+00:00", "timeout", 900.0, 3, "WA"))
    assert store.sessions()[0].outcome == "timeout"
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2


def test_a_later_migration_runs_on_an_older_file_and_keeps_its_rows(tmp_path, monkeypatch):
    store = History(tmp_path / "h.sqlite3")
    store.add_attempt(attempt())

    def add_note(conn):
        conn.execute("ALTER TABLE attempts ADD COLUMN note TEXT DEFAULT 'migrated'")

    monkeypatch.setattr(history_module, "MIGRATIONS", [*history_module.MIGRATIONS, add_note])
    assert store.attempts() == [attempt()]
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert conn.execute("SELECT note FROM attempts").fetchall() == [("migrated",)]


def test_a_newer_schema_than_known_is_refused(tmp_path):
    path = tmp_path / "h.sqlite3"
    sqlite3.connect(path).execute("PRAGMA user_version = 99")
    with pytest.raises(HistoryError, match="schema version 99, newer than this judge knows"):
        History(path).add_attempt(attempt())


def test_an_unwritable_path_is_a_history_error_naming_it_and_the_fix(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    path = blocker / "history.sqlite3"  # its "folder" is a file: nothing can be created there
    with pytest.raises(HistoryError) as caught:
        History(path).add_attempt(attempt())
    assert str(path) in str(caught.value) and "JUDGE_HISTORY" in str(caught.value)


def test_a_file_that_is_not_a_database_is_a_history_error(tmp_path):
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(HistoryError, match="h.sqlite3"):
        History(path).ensure()


def test_reading_a_missing_history_creates_nothing(tmp_path):
    store = History(tmp_path / "none.sqlite3")
    assert store.attempts() == [] and store.sessions() == [] and store.solved() == set()
    assert not store.path.exists()


def test_attempts_filter_and_limit_keep_the_newest_oldest_first(tmp_path):
    store = History(tmp_path / "h.sqlite3")
    for n in range(5):
        store.add_attempt(attempt(tries=n))
    store.add_attempt(attempt(problem="other", verdict="WA"))
    assert [a.tries for a in store.attempts("add-two", limit=2)] == [3, 4]
    assert store.solved() == {"add-two"}


def test_record_run_writes_to_judge_history_with_the_files_fingerprint(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_HISTORY", str(tmp_path / "h.sqlite3"))
    solution = tmp_path / "s.py"
    solution.write_bytes(b"abc")
    record_run(make_result("add-two", Verdict.WA, False), solution)
    [row] = History(tmp_path / "h.sqlite3").attempts()
    assert (row.problem, row.verdict, row.passed, row.total, row.source, row.sandbox) == \
        ("add-two", "WA", 0, 4, "run", "process")
    assert row.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert row.size_bytes == 3
    assert row.at.endswith("+00:00")


def test_attempt_from_result_rejects_an_unknown_source(tmp_path):
    with pytest.raises(ValueError):
        attempt_from_result(make_result("p", Verdict.AC, False), tmp_path / "s.py", source="grade")


WRITER = textwrap.dedent("""
    import sys, time
    from judge.practice.history import History, attempt_from_result
    sys.path.insert(0, sys.argv[4])
    from practice_fakes import make_result
    from judge.verdict import Verdict
    path, name, start = sys.argv[1], sys.argv[2], float(sys.argv[3])
    while time.time() < start:  # both writers begin together, on a database neither has created
        time.sleep(0.001)
    store = History(__import__("pathlib").Path(path))
    for n in range(80):
        result = make_result(name, Verdict.AC, False)
        store.add_attempt(attempt_from_result(result, __import__("pathlib").Path(path), tries=n))
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path):
    path = tmp_path / "shared.sqlite3"
    start = time.time() + 0.5
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name, str(start),
                                 str(Path(__file__).parent)], stderr=subprocess.PIPE, text=True)
               for name in ("practice-session", "judge-run")]
    for writer in writers:
        _, err = writer.communicate(timeout=60)
        assert writer.returncode == 0, err
    rows = History(path).attempts()
    assert len(rows) == 160
    for name in ("practice-session", "judge-run"):
        assert sorted(a.tries for a in rows if a.problem == name) == list(range(80))


def test_a_version_1_file_gains_the_hints_table_and_keeps_its_attempts(tmp_path, monkeypatch):
    path = tmp_path / "h.sqlite3"
    with monkeypatch.context() as patched:
        patched.setattr(history_module, "MIGRATIONS", history_module.MIGRATIONS[:1])
        History(path).add_attempt(attempt())
    store = History(path)
    assert store.hints_shown("add-two") == 0
    store.set_hints_shown("add-two", 2)
    store.set_hints_shown("add-two", 3)
    assert (store.hints_shown("add-two"), store.hints_shown("other")) == (3, 0)
    assert store.attempts() == [attempt()]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 2
