"""The results file of ``judge grade``: one JSON line per judged submission, kept as it lands.

Layout (JSON lines, UTF-8):

    {"format": "judge-grade-results", "version": 1, "options": {...}, "shard": [K, N] | null}
    {"submitter": "alice", "problem": "...", "file": "76.py", "verdict": "AC", ...}   one per submission

Each record is appended, flushed and fsync'ed the moment its submission is judged,
so a run that is killed keeps everything it finished. A kill can cut the last line
short; reading ignores such a tail and ``--resume`` trims it before appending.
``--resume`` refuses a file made with other options (seed, fuzzing, sandbox, shard),
which would mix two gradings into one result.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, BinaryIO

from judge.errors import UsageError
from judge.grading.gradebook import Graded

FORMAT = "judge-grade-results"
VERSION = 1


class ResultsLog:
    """An open results file; ``append`` one record at a time from a single thread."""

    def __init__(self, path: Path, options: dict[str, Any], shard: tuple[int, int] | None, resume: bool) -> None:
        self.path = path
        self.header = {"format": FORMAT, "version": VERSION, "options": options,
                       "shard": None if shard is None else list(shard)}
        self.done: dict[str, Graded] = {}
        self.discarded = 0  # records of an earlier run replaced because --resume was not given
        if resume and path.exists() and path.stat().st_size:
            self.done = self._reopen()
        else:
            self._start()

    def append(self, record: Graded) -> None:
        """Write one record durably: it survives the process being killed right after."""
        line = json.dumps(record.to_dict(), ensure_ascii=False, default=repr) + "\n"
        self._handle.write(line.encode("utf-8"))
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self.done[record.key] = record

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> ResultsLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> None:
        if self.path.exists() and self.path.stat().st_size:
            if read_header(self.path) is None:
                raise UsageError(f"{self.path} exists and is not a judge results file; "
                                 f"pass another --results FILE (it is never overwritten)")
            self.discarded = len(read_records(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle: BinaryIO = open(self.path, "wb")
        self.append_line(self.header)

    def _reopen(self) -> dict[str, Graded]:
        header = read_header(self.path)
        if header is None:
            raise UsageError(f"{self.path} is not a judge results file; --resume needs the --results file "
                             f"of an earlier `judge grade` run")
        for name in ("options", "shard"):
            if header.get(name) != self.header[name]:
                raise UsageError(f"{self.path} was made with {name} {header.get(name)}, this run has "
                                 f"{self.header[name]}; resume with the same options, or grade afresh "
                                 f"without --resume")
        records, complete_bytes = _read(self.path)
        self._handle = open(self.path, "r+b")
        self._handle.truncate(complete_bytes)  # drop a line a kill cut short
        self._handle.seek(complete_bytes)
        return {r.key: r for r in records}

    def append_line(self, data: dict[str, Any]) -> None:
        self._handle.write((json.dumps(data) + "\n").encode("utf-8"))
        self._handle.flush()
        os.fsync(self._handle.fileno())


def read_header(path: Path) -> dict[str, Any] | None:
    """The header of a results file, or None if ``path`` is not one."""
    try:
        with open(path, "rb") as handle:
            first = handle.readline()
        data = json.loads(first)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def read_records(path: Path) -> list[Graded]:
    """The complete records in a results file (a line cut short by a kill is left out)."""
    return _read(path)[0]


def _read(path: Path) -> tuple[list[Graded], int]:
    data = path.read_bytes()
    records: list[Graded] = []
    complete = 0
    for line in data.splitlines(keepends=True):
        if not line.endswith(b"\n"):
            break
        try:
            parsed = json.loads(line)
            if "format" not in parsed:
                records.append(Graded.from_dict(parsed))
        except (ValueError, KeyError, TypeError):
            break  # a torn write: keep what came before it
        complete += len(line)
    return records, complete
