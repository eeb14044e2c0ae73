"""The schema of problem.toml, checked strictly when a problem folder loads.

Each table is a frozen dataclass (key = field, annotation = type, default = optional;
docs/problem-format.md shows the file). Anything the schema does not declare is an
error with a did-you-mean (``[limit]`` -> ``[limits]``, ``param`` -> ``params``), a
value of the wrong type names the file, the table and the key, and the checker's
own options are parsed by the checker module (``judge.checkers``). What comes out is
a ``Metadata`` the rest of the judge trusts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge import checkers
from judge.errors import ProblemError
from judge.problems.toml import read_toml
from judge.schema import closest, did_you_mean, read_table

DIFFICULTIES = ("easy", "medium", "hard")
KINDS = ("call", "stream", "object")


@dataclass(frozen=True)
class Top:
    """The keys above the first table."""

    title: str
    difficulty: str
    title_zh: str | None = None
    tags: tuple[str, ...] = ()
    leetcode: int | None = None
    lintcode: int | None = None
    leetcode_related: int | None = None
    requires: tuple[str, ...] = ()


@dataclass(frozen=True)
class Entry:
    """``[entry]``: what to call in the solution, and how."""

    names: tuple[str, ...]
    params: tuple[str, ...] = ()
    kind: str = "call"


@dataclass(frozen=True)
class Limits:
    """``[limits]``: a case may use max(time_floor_s, time_factor x the reference's CPU time)."""

    time_floor_s: float = 2.0
    time_factor: float = 10.0
    memory_mb: int = 256
    output_kb: int = 1024


@dataclass(frozen=True)
class Stream:
    """``[stream]`` (kind = "stream" only): the injected source of randomness."""

    source: str
    sides: int


@dataclass(frozen=True)
class Metadata:
    """problem.toml, validated."""

    top: Top
    entry: Entry
    checker: str
    checker_options: Any  # the checker module's own Options
    limits: Limits
    stream: Stream | None


TABLES = ("entry", "checker", "limits", "stream")


def read_metadata(path: Path) -> Metadata:
    """Read and validate problem.toml at ``path``; every fault is a ProblemError naming it."""
    meta = read_toml(path, ProblemError, "problem metadata")
    _refuse_unknown_tables(meta, path)
    top = read_table(Top, {k: v for k, v in meta.items() if k not in TABLES}, f"{path}:")
    _choice(top.difficulty, DIFFICULTIES, f"{path}: difficulty")
    entry_table = _table(meta, "entry", path)
    if isinstance(entry_table, dict) and "mode" in entry_table:  # the key's name before issue 10
        raise ProblemError(f"{path}: [entry] mode is now called kind: write kind = {entry_table['mode']!r}")
    entry = read_table(Entry, entry_table, f"{path}: [entry]")
    if not entry.names:
        raise ProblemError(f"{path}: [entry] names must be a non-empty list of strings")
    _choice(entry.kind, KINDS, f"{path}: [entry] kind")
    checker, options = _checker(_table(meta, "checker", path), path)
    limits = read_table(Limits, meta.get("limits", {}), f"{path}: [limits]")
    for key in ("time_floor_s", "time_factor", "memory_mb", "output_kb"):
        if getattr(limits, key) <= 0:
            raise ProblemError(f"{path}: [limits] {key} must be more than 0, got {getattr(limits, key)!r}")
    return Metadata(top, entry, checker, options, limits, _stream(meta, entry.kind, path))


def _refuse_unknown_tables(meta: dict[str, Any], path: Path) -> None:
    for key, value in meta.items():
        if isinstance(value, dict) and key not in TABLES:
            close = closest(key, TABLES)
            hint = f"; did you mean [{close}]?" if close else ""
            raise ProblemError(f"{path}: unknown table [{key}]{hint} (tables: {', '.join(f'[{t}]' for t in TABLES)})")


def _table(meta: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    if name not in meta:
        raise ProblemError(f"{path}: missing the [{name}] table (see docs/problem-format.md)")
    return meta[name]  # read_table checks that it is a table


def _choice(value: str, allowed: tuple[str, ...], where: str) -> None:
    if value not in allowed:
        raise ProblemError(f"{where} must be one of {', '.join(allowed)}, got {value!r}{did_you_mean(value, allowed)}")


def _checker(table: Any, path: Path) -> tuple[str, Any]:
    """The checker's name and its options, parsed by the checker module itself."""
    where = f"{path}: [checker]"
    if not isinstance(table, dict):
        raise ProblemError(f"{where} must be a table, got {table!r}")
    name = table.get("name")
    if not isinstance(name, str):
        raise ProblemError(f"{where} name is required (one of {', '.join(checkers.NAMES)}), got {name!r}")
    _choice(name, checkers.NAMES, f"{where} name")
    options = checkers.get(name).parse({k: v for k, v in table.items() if k != "name"}, where)
    return name, options


def _stream(meta: dict[str, Any], kind: str, path: Path) -> Stream | None:
    if kind != "stream":
        if "stream" in meta:
            raise ProblemError(f"{path}: [stream] is only for [entry] kind = \"stream\" (this problem is {kind!r})")
        return None
    stream = read_table(Stream, _table(meta, "stream", path), f"{path}: [stream]")
    if stream.sides < 2:
        raise ProblemError(f"{path}: [stream] sides must be 2 or more, got {stream.sides}")
    return stream
