"""The history of attempts: every ``judge run`` and every practice try, in SQLite.

Where: ``--history PATH`` (commands that take it), else $JUDGE_HISTORY, else the
user's data folder: $XDG_DATA_HOME/judge/history.sqlite3 (default
~/.local/share/judge/), ~/Library/Application Support/judge/ on macOS,
%LOCALAPPDATA%\\judge\\ on Windows.

Schema (version in ``PRAGMA user_version``; ``MIGRATIONS[n]`` takes a database from
version n to n + 1, so a later release appends a function and old files catch up
when next opened):

- ``attempts``: one row per judged solution. problem (slug), at (UTC ISO 8601),
  verdict ("AC", "WA", ...), passed, total, time_ms, memory_kb, source ("run" or
  "practice"), solve_seconds (practice: seconds from the start of the problem to the
  save that was judged; on an Accepted row it is the time to solve), tries (practice:
  which try of the session this was), sha256 and size_bytes of the solution file,
  sandbox ("bwrap" or "process").
- ``sessions``: one row per problem of a practice session, written when it ends:
  problem, set_name, started_at, outcome ("accepted", "timeout", "stopped"), seconds,
  tries, last_verdict.
- ``hints`` (version 2): how many of a problem's hints ``judge hint`` has revealed:
  problem (slug, the key), shown, at (when that was last changed).

Two judges may write at once (a practice session and a ``judge run`` in another
terminal): the database is in WAL mode, each write is one short ``BEGIN IMMEDIATE``
transaction, and a busy timeout makes a writer wait for the other instead of failing.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path

from judge.errors import HistoryError
from judge.paths import data_dir
from judge.verdict import JudgeResult

ENV_HISTORY = "JUDGE_HISTORY"
FILE_NAME = "history.sqlite3"
BUSY_TIMEOUT_MS = 15_000
SOURCES = ("run", "practice")
OUTCOMES = ("accepted", "timeout", "stopped")


@dataclass(frozen=True)
class Attempt:
    """One judged solution, as stored."""

    problem: str
    at: str
    verdict: str
    passed: int
    total: int
    time_ms: float
    memory_kb: int
    source: str
    solve_seconds: float | None
    tries: int | None
    sha256: str | None
    size_bytes: int | None
    sandbox: str


@dataclass(frozen=True)
class Session:
    """How one problem of a practice session ended."""

    problem: str
    set_name: str | None
    started_at: str
    outcome: str
    seconds: float
    tries: int
    last_verdict: str | None


def _create_v1(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            problem TEXT NOT NULL,
            at TEXT NOT NULL,
            verdict TEXT NOT NULL,
            passed INTEGER NOT NULL,
            total INTEGER NOT NULL,
            time_ms REAL NOT NULL,
            memory_kb INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('run', 'practice')),
            solve_seconds REAL,
            tries INTEGER,
            sha256 TEXT,
            size_bytes INTEGER,
            sandbox TEXT NOT NULL)""")
    conn.execute("CREATE INDEX attempts_problem ON attempts (problem, id)")
    conn.execute("""
        CREATE TABLE sessions (
            id INTEGER PRIMARY KEY,
            problem TEXT NOT NULL,
            set_name TEXT,
            started_at TEXT NOT NULL,
            outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'timeout', 'stopped')),
            seconds REAL NOT NULL,
            tries INTEGER NOT NULL,
            last_verdict TEXT)""")


def _add_hints_v2(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE hints (
            problem TEXT PRIMARY KEY,
            shown INTEGER NOT NULL CHECK (shown >= 0),
            at TEXT NOT NULL)""")


# MIGRATIONS[n] takes the schema from version n to n + 1 (version 0: an empty file).
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_create_v1, _add_hints_v2]


def schema_version() -> int:
    """The version this judge writes: one past the last migration."""
    return len(MIGRATIONS)


def history_path(explicit: str | Path | None = None) -> Path:
    """``--history``, else $JUDGE_HISTORY, else the data folder's history.sqlite3."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get(ENV_HISTORY)
    if from_env:
        return Path(from_env)
    return data_dir() / FILE_NAME


def now_utc() -> str:
    """The current time as stored: UTC, ISO 8601, milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def file_fingerprint(path: Path) -> tuple[str | None, int | None]:
    """(sha256 hex, size in bytes) of the file, or (None, None) if it cannot be read."""
    try:
        data = path.read_bytes()
    except OSError:
        return None, None
    return hashlib.sha256(data).hexdigest(), len(data)


def attempt_from_result(result: JudgeResult, solution: Path, *, source: str = "run",
                        solve_seconds: float | None = None, tries: int | None = None,
                        at: str | None = None) -> Attempt:
    """The row to store for ``result``, fingerprinting the solution file as it is now."""
    if source not in SOURCES:
        raise ValueError(f"source must be one of {SOURCES}, got {source!r}")
    sha256, size = file_fingerprint(solution)
    return Attempt(problem=result.problem, at=at or now_utc(), verdict=result.verdict.value,
                   passed=result.passed, total=result.total, time_ms=round(result.time_ms, 3),
                   memory_kb=result.memory_kb, source=source, solve_seconds=solve_seconds, tries=tries,
                   sha256=sha256, size_bytes=size, sandbox=result.sandbox)


class History:
    """The history database at one path; each call opens, does one thing, and closes."""

    def __init__(self, path: Path, fix: str = f"set {ENV_HISTORY} to a writable file, or pass --no-record") -> None:
        self.path = path
        self.fix = fix

    def exists(self) -> bool:
        return self.path.is_file()

    def ensure(self) -> None:
        """Create or migrate the database now, so a bad path is reported before any work."""
        with self._connect():
            pass

    def add_attempt(self, attempt: Attempt) -> None:
        self._insert("attempts", attempt)

    def add_session(self, session: Session) -> None:
        self._insert("sessions", session)

    def attempts(self, problem: str | None = None, limit: int | None = None) -> list[Attempt]:
        """Attempts oldest first (the newest ``limit`` of them, if given)."""
        if not self.exists():
            return []
        params: list[object] = [problem] if problem else []
        where = "WHERE problem = ?" if problem else ""
        columns = ", ".join(f.name for f in fields(Attempt))
        sql = f"SELECT {columns} FROM attempts {where} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        with self._connect() as conn:
            rows = conn.execute(sql, params).fetchall()
        return [Attempt(*row) for row in reversed(rows)]

    def sessions(self) -> list[Session]:
        if not self.exists():
            return []
        columns = ", ".join(f.name for f in fields(Session))
        with self._connect() as conn:
            rows = conn.execute(f"SELECT {columns} FROM sessions ORDER BY id").fetchall()
        return [Session(*row) for row in rows]

    def solved(self) -> set[str]:
        """The problems with at least one Accepted attempt."""
        if not self.exists():
            return set()
        with self._connect() as conn:
            return {row[0] for row in conn.execute("SELECT DISTINCT problem FROM attempts WHERE verdict = 'AC'")}

    def accepted(self, problem: str) -> bool:
        """Whether ``problem`` has an Accepted attempt (``judge show --editorial`` asks)."""
        return problem in self.solved()

    def hints_shown(self, problem: str) -> int:
        """How many of ``problem``'s hints ``judge hint`` has revealed (0 when none)."""
        if not self.exists():
            return 0
        with self._connect() as conn:
            row = conn.execute("SELECT shown FROM hints WHERE problem = ?", (problem,)).fetchone()
        return int(row[0]) if row else 0

    def set_hints_shown(self, problem: str, shown: int) -> None:
        """Remember that ``shown`` hints of ``problem`` are revealed (0 forgets them)."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO hints (problem, shown, at) VALUES (?, ?, ?) ON CONFLICT (problem) "
                         "DO UPDATE SET shown = excluded.shown, at = excluded.at", (problem, shown, now_utc()))
            conn.execute("COMMIT")

    def _insert(self, table: str, row: Attempt | Session) -> None:
        names = [f.name for f in fields(row)]
        sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")  # waits (busy timeout) while another judge writes
            conn.execute(sql, astuple(row))
            conn.execute("COMMIT")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # timeout: the busy timeout, how long to wait for another judge's write to finish
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        except (OSError, sqlite3.Error) as exc:
            raise self._error(exc) from exc
        try:
            _use_wal(conn)  # readers never block the writer, nor it them
            conn.execute("PRAGMA synchronous = NORMAL")  # safe in WAL mode, and a commit costs no fsync
            _migrate(conn, self.path)
            yield conn
        except sqlite3.Error as exc:
            raise self._error(exc) from exc
        finally:
            conn.close()

    def _error(self, exc: BaseException) -> HistoryError:
        reason = getattr(exc, "strerror", None) or str(exc)
        return HistoryError(f"cannot use the history database {self.path} ({reason}); {self.fix}")


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch a database to WAL mode (a setting kept in the file), waiting out other judges.

    Changing the journal mode needs an exclusive lock, and SQLite answers "database
    is locked" at once, without its busy handler, when another connection holds one:
    two judges opening a new history together would otherwise lose a write.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema up to ``schema_version()``, once, even with several judges starting at once."""
    latest = schema_version()
    if conn.execute("PRAGMA user_version").fetchone()[0] == latest:
        return
    conn.execute("BEGIN IMMEDIATE")  # the write lock first, then look again: another judge may have done it
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > latest:
            raise HistoryError(f"the history database {path} has schema version {version}, newer than this judge "
                               f"knows ({latest}); upgrade judge, or set {ENV_HISTORY} to another file")
        for step in range(version, latest):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {latest}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def record_run(result: JudgeResult, solution: Path, *, source: str = "run",
               solve_seconds: float | None = None) -> None:
    """Record one judged solution in the history at ``history_path()`` (what ``judge run`` calls)."""
    History(history_path()).add_attempt(attempt_from_result(result, solution, source=source,
                                                            solve_seconds=solve_seconds))
