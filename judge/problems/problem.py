"""Load and validate a problem folder (layout: docs/problem-format.md) into a frozen ``Problem``.

Everything is checked here, at the boundary, so the rest of the judge trusts what it
gets: a malformed ``problem.toml`` (schema: ``judge.problems.metadata``) or case line
raises ``ProblemError`` naming the file and line and what to fix. Cases are read lazily, because ``judge list`` needs
only the metadata and the large case files are megabytes.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge import values
from judge.checkers import inplace
from judge.errors import ProblemError
from judge.problems import calibration
from judge.problems.metadata import DIFFICULTIES, KINDS, Limits, read_metadata

__all__ = ["DIFFICULTIES", "KINDS", "Case", "Problem", "TimeRule", "load_problem", "read_cases"]


@dataclass(frozen=True)
class Case:
    """One test case; ``where`` is "file:line" for messages."""

    name: str
    group: str
    args: list[Any]
    expected: Any
    where: str
    seed: int | None = None
    calls: int | None = None
    sample: bool = False
    # Stdin/stdout problems: the case's files, and the output validator's flags for it.
    input_path: Path | None = None
    answer_path: Path | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TimeRule:
    """A case may use max(floor_s, factor x the reference's CPU time on it).

    ``calibrated`` says the two figures come from the problem's ``calibration.json``
    (the slowest known accepted submission x 2, as Kattis sets limits) rather than
    from problem.toml or the defaults.
    """

    floor_s: float = 2.0
    factor: float = 10.0
    calibrated: bool = False

    def limit_s(self, reference_s: float | None) -> float:
        if reference_s is None:
            return self.floor_s
        return max(self.floor_s, self.factor * reference_s)

    def stretched(self, by: float) -> "TimeRule":
        """The same rule with every limit ``by`` times larger (Kattis's safety margin for TLE proofs)."""
        return TimeRule(self.floor_s * by, self.factor * by, self.calibrated)


@dataclass(frozen=True)
class Problem:
    """A validated problem folder."""

    slug: str
    root: Path
    title: str
    title_zh: str
    difficulty: str
    tags: tuple[str, ...]
    entry_names: tuple[str, ...]
    params: tuple[str, ...]
    kind: str  # call | stream | object: how the solution is driven (docs/problem-format.md, "Kinds")
    checker: str  # a name in judge.checkers.REGISTRY
    checker_options: Any  # that checker's Options, parsed when the problem loaded
    time_rule: TimeRule
    memory_mb: int
    output_kb: int
    leetcode: int | None = None
    lintcode: int | None = None
    stream_source: str | None = None
    stream_sides: int | None = None
    requires: tuple[str, ...] = ()

    @property
    def inplace_arg(self) -> int | None:
        """The index of the argument judged after the call (the inplace checker), else None."""
        return self.checker_options.arg if isinstance(self.checker_options, inplace.Options) else None

    @property
    def stub(self) -> Path:
        return self.root / "stub.py"

    @property
    def reference(self) -> Path:
        return self.root / "reference.py"

    def statement(self, lang: str = "en") -> str:
        """The statement in ``lang``; in English when there is none in ``lang`` (only English is required)."""
        path = self.root / f"statement.{lang}.md"
        if not path.is_file():
            path = self.root / "statement.en.md"
        try:
            return path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ProblemError(f"{path}: cannot read the statement ({exc.strerror})") from exc

    @functools.cached_property
    def samples(self) -> tuple[Case, ...]:
        return tuple(read_cases(self.root / "data" / "sample.jsonl", "sample", self, sample=True))

    @functools.cached_property
    def secret_groups(self) -> tuple[tuple[str, tuple[Case, ...]], ...]:
        folder = self.root / "data" / "secret"
        groups = []
        for path in sorted(folder.glob("*.jsonl")):
            groups.append((path.stem, tuple(read_cases(path, path.stem, self))))
        if not groups:
            raise ProblemError(f"{folder}: no hidden cases (add data/secret/*.jsonl)")
        return tuple(groups)

    def all_cases(self) -> list[Case]:
        """Samples first, then the hidden groups in file-name order: the order cases are judged in."""
        cases = list(self.samples)
        for _, group in self.secret_groups:
            cases.extend(group)
        return cases

    def submissions(self) -> list[tuple[str, Path]]:
        """Known solutions as (folder name, path), e.g. ("wrong_answer", .../wa_set.py)."""
        folder = self.root / "submissions"
        return [(p.parent.name, p) for p in sorted(folder.glob("*/*.py"))]


def read_cases(path: Path, group: str, problem: Problem, sample: bool = False) -> list[Case]:
    """Parse one JSON-lines case file, rejecting bad lines with file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read the case file ({exc.strerror})") from exc
    cases = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            data = json.loads(line)
            if '"__int__"' in line:  # ints too wide for decimal JSON, in hexadecimal (judge.values)
                data = values.untagged_ints(data)
        except json.JSONDecodeError as exc:
            raise ProblemError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        except ValueError as exc:  # over Python's 4,300-digit limit, or a malformed int tag
            raise ProblemError(f"{where}: {exc} (write ints over 4,300 digits as {{\"__int__\": \"<hex>\"}})") from exc
        if not isinstance(data, dict):
            raise ProblemError(f"{where}: a case must be a JSON object with \"args\" and \"expected\"")
        unknown = set(data) - {"name", "args", "expected", "seed", "calls", "explanation"}
        if unknown:
            raise ProblemError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: name, args, expected, seed, calls")
        if not isinstance(data.get("args"), list):
            raise ProblemError(f"{where}: \"args\" must be a JSON list of arguments")
        if problem.kind == "stream":
            if not isinstance(data.get("seed"), int) or not isinstance(data.get("calls"), int) or data["calls"] < 1:
                raise ProblemError(f"{where}: a stream case needs integer \"seed\" and positive \"calls\"")
        elif "expected" not in data:
            raise ProblemError(f"{where}: missing \"expected\"")
        name = data.get("name", f"{group}#{number}")
        if not isinstance(name, str):
            raise ProblemError(f"{where}: \"name\" must be a string")
        cases.append(Case(name=name, group=group, args=data["args"], expected=data.get("expected"),
                          where=where, seed=data.get("seed"), calls=data.get("calls"), sample=sample))
    if not cases:
        raise ProblemError(f"{path}: the case file holds no cases")
    return cases


def time_rule(root: Path, limits: Limits) -> TimeRule:
    """The calibrated rule if the folder has ``calibration.json``, else problem.toml's [limits] or the defaults."""
    found = calibration.read(root)
    if found is not None:
        return TimeRule(found.time_floor_s, found.time_factor, calibrated=True)
    return TimeRule(limits.time_floor_s, limits.time_factor)


def load_problem(root: Path) -> Problem:
    """Read and validate ``root/problem.toml`` and the files it implies (cases are read later)."""
    meta = read_metadata(root / "problem.toml")
    for needed in ("stub.py", "reference.py", "statement.en.md", "data/sample.jsonl"):
        if not (root / needed).is_file():
            raise ProblemError(f"{root / needed}: missing (every problem needs it; see docs/problem-format.md)")
    top, limits = meta.top, meta.limits
    return Problem(
        slug=root.name,
        root=root,
        title=top.title,
        title_zh=top.title_zh or top.title,
        difficulty=top.difficulty,
        tags=top.tags,
        entry_names=meta.entry.names,
        params=meta.entry.params,
        kind=meta.entry.kind,
        checker=meta.checker,
        checker_options=meta.checker_options,
        time_rule=time_rule(root, limits),
        memory_mb=limits.memory_mb,
        output_kb=limits.output_kb,
        leetcode=top.leetcode,
        lintcode=top.lintcode,
        stream_source=meta.stream.source if meta.stream else None,
        stream_sides=meta.stream.sides if meta.stream else None,
        requires=top.requires,
    )
