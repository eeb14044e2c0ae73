"""Load and validate a problem folder (layout: docs/problem-format.md) into a frozen ``Problem``.

Everything is checked here, at the boundary, so the rest of the judge trusts what it
gets: a malformed ``problem.toml`` or case line raises ``ProblemError`` naming the
file and line and what to fix. Cases are read lazily, because ``judge list`` needs
only the metadata and the large case files are megabytes.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from judge.errors import ProblemError
from judge.problems.toml import read_toml

DIFFICULTIES = ("easy", "medium", "hard")
MODES = ("call", "stream", "object")
CHECKERS = ("exact", "inplace", "float", "statistical")


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


@dataclass(frozen=True)
class TimeRule:
    """A case may use max(floor_s, factor x the reference's CPU time on it)."""

    floor_s: float = 2.0
    factor: float = 10.0

    def limit_s(self, reference_s: float | None) -> float:
        if reference_s is None:
            return self.floor_s
        return max(self.floor_s, self.factor * reference_s)


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
    mode: str
    checker: str
    checker_config: dict[str, Any] = field(hash=False)
    time_rule: TimeRule
    memory_mb: int
    output_kb: int
    leetcode: int | None = None
    lintcode: int | None = None
    stream_source: str | None = None
    stream_sides: int | None = None
    requires: tuple[str, ...] = ()

    @property
    def stub(self) -> Path:
        return self.root / "stub.py"

    @property
    def reference(self) -> Path:
        return self.root / "reference.py"

    def statement(self, lang: str = "en") -> str:
        path = self.root / f"statement.{lang}.md"
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
        except json.JSONDecodeError as exc:
            raise ProblemError(f"{where}: not valid JSON ({exc.msg} at column {exc.colno})") from exc
        if not isinstance(data, dict):
            raise ProblemError(f"{where}: a case must be a JSON object with \"args\" and \"expected\"")
        unknown = set(data) - {"name", "args", "expected", "seed", "calls", "explanation"}
        if unknown:
            raise ProblemError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: name, args, expected, seed, calls")
        if not isinstance(data.get("args"), list):
            raise ProblemError(f"{where}: \"args\" must be a JSON list of arguments")
        if problem.mode == "stream":
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


def _require(table: dict[str, Any], key: str, kind: type | tuple[type, ...], where: Path) -> Any:
    value = table.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is not bool:
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ProblemError(f"{where}: \"{key}\" must be a {names}, got {value!r}")
    return value


def load_problem(root: Path) -> Problem:
    """Read and validate ``root/problem.toml`` and the files it implies."""
    meta_path = root / "problem.toml"
    meta = read_toml(meta_path, ProblemError, "problem metadata")
    entry = meta.get("entry", {})
    checker = meta.get("checker", {})
    limits = meta.get("limits", {})
    stream = meta.get("stream", {})
    difficulty = _require(meta, "difficulty", str, meta_path)
    if difficulty not in DIFFICULTIES:
        raise ProblemError(f"{meta_path}: difficulty must be one of {', '.join(DIFFICULTIES)}, got {difficulty!r}")
    names = _require(entry, "names", list, meta_path)
    if not names or not all(isinstance(n, str) for n in names):
        raise ProblemError(f"{meta_path}: [entry] names must be a non-empty list of strings")
    mode = entry.get("mode", "call")
    if mode not in MODES:
        raise ProblemError(f"{meta_path}: [entry] mode must be one of {', '.join(MODES)}, got {mode!r}")
    checker_name = _require(checker, "name", str, meta_path)
    if checker_name not in CHECKERS:
        raise ProblemError(f"{meta_path}: [checker] name must be one of {', '.join(CHECKERS)}, got {checker_name!r}")
    if checker_name == "inplace" and not isinstance(checker.get("arg"), int):
        raise ProblemError(f"{meta_path}: the inplace checker needs [checker] arg = <index of the argument>")
    if mode == "stream":
        _require(stream, "source", str, meta_path)
        _require(stream, "sides", int, meta_path)
    for needed in ("stub.py", "reference.py", "statement.en.md", "statement.zh.md", "data/sample.jsonl"):
        if not (root / needed).is_file():
            raise ProblemError(f"{root / needed}: missing (every problem needs it; see docs/problem-format.md)")
    tags = meta.get("tags", [])
    requires = meta.get("requires", [])
    if not isinstance(requires, list) or not all(isinstance(r, str) for r in requires):
        raise ProblemError(f"{meta_path}: \"requires\" must be a list of module names, e.g. [\"numpy\"]")
    return Problem(
        slug=root.name,
        root=root,
        title=_require(meta, "title", str, meta_path),
        title_zh=meta.get("title_zh", meta["title"]),
        difficulty=difficulty,
        tags=tuple(tags),
        entry_names=tuple(names),
        params=tuple(entry.get("params", [])),
        mode=mode,
        checker=checker_name,
        checker_config={k: v for k, v in checker.items() if k != "name"},
        time_rule=TimeRule(float(limits.get("time_floor_s", 2.0)), float(limits.get("time_factor", 10.0))),
        memory_mb=int(limits.get("memory_mb", 256)),
        output_kb=int(limits.get("output_kb", 1024)),
        leetcode=meta.get("leetcode"),
        lintcode=meta.get("lintcode"),
        stream_source=stream.get("source"),
        stream_sides=stream.get("sides"),
        requires=tuple(meta.get("requires", [])),
    )
