"""What a practice session works on: one problem (given or picked at random) or an interview set.

Interview sets come from ``problems/sets.toml`` (shipped with the problems) and from a
file the user names with ``--sets-file``; a set of the same name in the user's file
wins. The format, one TOML table per set::

    [round-2]
    title = "Interview round 2"          # optional, shown when the set starts
    minutes = 45                         # optional; default: the sum of each problem's default
    problems = ["reverse-string", "541", "longest-substring"]   # required, in order

A problem is named as on the command line: slug, LeetCode number or unambiguous prefix.
The default clock for one problem is set by its difficulty (``DEFAULT_MINUTES``).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from judge.errors import JudgeError, ProblemError, UsageError
from judge.problems.problem import Problem
from judge.problems.toml import read_toml

DEFAULT_MINUTES = {"easy": 15, "medium": 25, "hard": 40}
SETS_FILE = "sets.toml"


@dataclass(frozen=True)
class PracticeSet:
    """A named sequence of problems practised under one clock."""

    name: str
    title: str
    problems: tuple[str, ...]
    minutes: float | None
    origin: Path


def default_minutes(problems: Iterable[Problem]) -> float:
    """The clock for these problems in sequence: each one's default by difficulty, added up."""
    return float(sum(DEFAULT_MINUTES[p.difficulty] for p in problems))


def load_sets(path: Path, error: type[JudgeError] = UsageError) -> dict[str, PracticeSet]:
    """The sets in one TOML file, validated; ``error`` is raised naming the file and the fault."""
    data = read_toml(path, error, "sets file")
    sets = {}
    for name, table in data.items():
        if not isinstance(table, dict):
            raise error(f"{path}: {name!r} must be a table: [{name}] with problems = [...]")
        problems = table.get("problems")
        if not isinstance(problems, list) or not problems or not all(isinstance(p, (str, int)) for p in problems):
            raise error(f"{path}: [{name}] needs problems = [\"slug\", ...], a non-empty list of problem names")
        minutes = table.get("minutes")
        if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, (int, float))
                                    or minutes <= 0):
            raise error(f"{path}: [{name}] minutes must be a positive number, got {minutes!r}")
        unknown = set(table) - {"title", "minutes", "problems"}
        if unknown:
            raise error(f"{path}: [{name}] has unknown key(s) {sorted(unknown)}; allowed: title, minutes, problems")
        sets[name] = PracticeSet(name=name, title=str(table.get("title", name)),
                                 problems=tuple(str(p) for p in problems),
                                 minutes=float(minutes) if minutes is not None else None, origin=path)
    return sets


def available_sets(problem_roots: Path | list[Path], sets_file: Path | None = None) -> dict[str, PracticeSet]:
    """The sets of every problem folder (``<problems>/sets.toml``, if present; an earlier folder's
    set hides a later one's of the same name), overridden by the user's file."""
    sets: dict[str, PracticeSet] = {}
    roots = [problem_roots] if isinstance(problem_roots, Path) else problem_roots
    for root in reversed(roots):
        shipped = root / SETS_FILE
        if shipped.is_file():
            sets.update(load_sets(shipped, ProblemError))
    if sets_file is not None:
        sets.update(load_sets(sets_file, UsageError))
    return sets


def find_set(name: str, sets: dict[str, PracticeSet]) -> PracticeSet:
    """The set called ``name``, or a UsageError listing the ones there are."""
    if name in sets:
        return sets[name]
    known = ", ".join(sorted(sets)) or "none"
    raise UsageError(f"unknown practice set {name!r} (known: {known}); define sets in a TOML file "
                     f"and pass --sets-file FILE (format: docs/practice.md)")


def pick_problem(problems: list[Problem], solved: set[str], rng: random.Random,
                 difficulty: str | None = None, tag: str | None = None) -> Problem:
    """A random problem matching the filters, one not yet solved if there is such a one."""
    matching = [p for p in problems
                if (difficulty is None or p.difficulty == difficulty) and (tag is None or tag in p.tags)]
    if not matching:
        wanted = " ".join(f"--{k} {v}" for k, v in (("difficulty", difficulty), ("tag", tag)) if v)
        raise UsageError(f"no problem matches {wanted} (judge list shows each problem's difficulty and tags)")
    unsolved = [p for p in matching if p.slug not in solved]
    pool = sorted(unsolved or matching, key=lambda p: p.slug)  # sorted: the same seed picks the same problem
    return rng.choice(pool)
