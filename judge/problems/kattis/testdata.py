"""The ``data/`` tree of a Kattis package: groups, cases and each group's grading rules.

``data/`` holds exactly two top groups, ``sample`` (optional) and ``secret`` (required,
with at least one case somewhere below it). A group is a folder; a case is a
``<name>.in`` with its ``<name>.ans`` beside it; cases and subgroups are used in
lexicographic order of their names. A group's rules come from ``testdata.yaml``
(``test_group.yaml`` in late 2023-07 drafts):

- legacy: the closest ancestor's file applies whole, as the legacy specification says;
- 2023-07: keys are inherited one by one from the ancestors.

Supported keys: ``on_reject`` (break|continue), ``grader_flags`` (the default grader's
modes), ``accept_score``/``reject_score``/``range`` (scoring problems only),
``output_validator_flags`` (legacy string) / ``output_validator_args`` (2023-07 list),
plus the ignored ``input_validator_flags``/``input_validator_args``, ``full_feedback``,
``hint`` and ``description``. Custom graders and 2023-07's ``scoring`` map are refused.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Union

from judge.errors import ProblemError
from judge.problems.kattis.metadata import read_yaml

GROUP_FILES = ("testdata.yaml", "test_group.yaml")
VERDICT_MODES = ("worst_error", "first_error", "always_accept")
SCORE_MODES = ("sum", "avg", "min", "max")
GRADER_FLAGS = (*VERDICT_MODES, *SCORE_MODES, "ignore_sample", "accept_if_any_accepted")
IGNORED_KEYS = {"input_validator_flags", "input_validator_args", "full_feedback", "hint", "description",
                "static_validation"}
SCORING_KEYS = {"accept_score", "reject_score", "range"}
KNOWN_KEYS = {"on_reject", "grading", "grader_flags", "output_validator_flags", "output_validator_args"} \
    | SCORING_KEYS | IGNORED_KEYS


@dataclass(frozen=True)
class Rules:
    """How one group is judged and graded (the default grader's modes)."""

    on_reject: str = "break"
    verdict_mode: str = "worst_error"
    score_mode: str = "sum"
    ignore_sample: bool = False
    accept_if_any_accepted: bool = False
    accept_score: float = 1.0
    reject_score: float = 0.0
    validator_flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class TestCase:
    """One ``.in``/``.ans`` pair; ``name`` is its path below ``data/`` without the suffix."""

    name: str
    input_path: Path
    answer_path: Path
    rules: Rules

    @property
    def sample(self) -> bool:
        return self.name.startswith("sample/")

    @property
    def group(self) -> str:
        return self.name.rpartition("/")[0]


@dataclass(frozen=True)
class TestGroup:
    """A folder of cases and subgroups, in judging order."""

    name: str
    path: Path
    rules: Rules
    items: tuple[Union[TestCase, "TestGroup"], ...] = field(default=())

    def cases(self) -> Iterator[TestCase]:
        """Every case below this group, in judging order."""
        for item in self.items:
            if isinstance(item, TestCase):
                yield item
            else:
                yield from item.cases()

    def group(self, name: str) -> TestGroup | None:
        for item in self.items:
            if isinstance(item, TestGroup) and item.name == name:
                return item
        return None


def read_testdata(root: Path, scoring: bool, legacy: bool) -> TestGroup:
    """The whole tree under ``root/data``; ``ProblemError`` names the file at fault."""
    data = root / "data"
    secret = data / "secret"
    if not secret.is_dir():
        raise ProblemError(f"{secret}: missing; a package keeps its hidden test cases in data/secret/")
    raw_root = _group_settings(data, scoring)
    top_rules = _rules(raw_root or {}, data, scoring)
    items: list[TestCase | TestGroup] = []
    for name in ("sample", "secret"):
        folder = data / name
        if folder.is_dir():
            items.append(_read_group(folder, name, raw_root, scoring, legacy))
    tree = TestGroup("", data, top_rules, tuple(items))
    if next(iter(tree.group("secret").cases()), None) is None:  # type: ignore[union-attr]
        raise ProblemError(f"{secret}: holds no test cases (add <name>.in with <name>.ans, or groups of them)")
    return tree


def _read_group(folder: Path, name: str, inherited: dict[str, Any] | None, scoring: bool,
                legacy: bool) -> TestGroup:
    own = _group_settings(folder, scoring)
    if legacy:
        raw = own if own is not None else inherited
    else:
        raw = {**(inherited or {}), **(own or {})}
    rules = _rules(raw or {}, folder, scoring)
    entries: dict[str, TestCase | TestGroup] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.name in GROUP_FILES:
            continue
        if path.is_dir():
            if path.suffix == ".files":
                continue
            if (folder / f"{path.name}.in").is_file():
                raise ProblemError(f"{path}: a group and the case {path.name}.in beside it share a name; rename one")
            entries[path.name] = _read_group(path, f"{name}/{path.name}", raw, scoring, legacy)
        elif path.suffix == ".in":
            answer = path.with_suffix(".ans")
            if not answer.is_file():
                raise ProblemError(f"{path}: has no answer file {answer.name} beside it "
                                   f"(every .in needs its .ans)")
            entries[path.stem] = TestCase(f"{name}/{path.stem}", path, answer, rules)
        elif path.suffix == ".ans" and not path.with_suffix(".in").is_file():
            raise ProblemError(f"{path}: an answer file without its input {path.with_suffix('.in').name}")
    items = tuple(entries[key] for key in sorted(entries))
    return TestGroup(name, folder, rules, items)


def _group_settings(folder: Path, scoring: bool) -> dict[str, Any] | None:
    for file_name in GROUP_FILES:
        path = folder / file_name
        if path.is_file():
            raw = read_yaml(path, "the test group settings")
            raw = {} if raw is None else raw
            _check_settings(raw, path, scoring)
            return {**raw, "__file__": path}
    return None


def _check_settings(raw: Any, path: Path, scoring: bool) -> None:
    if not isinstance(raw, dict):
        raise ProblemError(f"{path}: must be a YAML map (on_reject, grader_flags, ...), got {type(raw).__name__}")
    for key in raw:
        if key not in KNOWN_KEYS:
            detail = ("2023-07's scoring map is not supported yet; use accept_score and grader_flags"
                      if key == "scoring" else f"known: {', '.join(sorted(KNOWN_KEYS))}")
            raise ProblemError(f"{path}: unknown key {key} ({detail})")
        if key in SCORING_KEYS and not scoring:
            raise ProblemError(f"{path}: {key} is only allowed in scoring problems (set type: scoring in problem.yaml)")
    if raw.get("grading", "default") != "default":
        raise ProblemError(f"{path}: grading: {raw['grading']}: custom graders are not supported yet; "
                           f"use grader_flags with the default grader")
    if raw.get("on_reject", "break") not in ("break", "continue"):
        raise ProblemError(f"{path}: on_reject must be break or continue, got {raw['on_reject']!r}")


def _rules(raw: dict[str, Any], folder: Path, scoring: bool) -> Rules:
    where = raw.get("__file__", folder)
    words = str(raw.get("grader_flags") or "").split()
    verdict_mode, score_mode = "worst_error", "sum"
    for word in words:
        if word not in GRADER_FLAGS:
            raise ProblemError(f"{where}: grader_flags: unknown flag {word!r} (known: {', '.join(GRADER_FLAGS)})")
        verdict_mode = word if word in VERDICT_MODES else verdict_mode  # the last one given wins
        score_mode = word if word in SCORE_MODES else score_mode
    return Rules(
        on_reject=str(raw.get("on_reject", "break")), verdict_mode=verdict_mode, score_mode=score_mode,
        ignore_sample="ignore_sample" in words, accept_if_any_accepted="accept_if_any_accepted" in words,
        accept_score=_score(raw, "accept_score", 1.0, where), reject_score=_score(raw, "reject_score", 0.0, where),
        validator_flags=_validator_flags(raw, where),
    )


def _score(raw: dict[str, Any], key: str, default: float, where: Any) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ProblemError(f"{where}: {key} must be a number, got {value!r}")
    return float(value)


def _validator_flags(raw: dict[str, Any], where: Any) -> tuple[str, ...]:
    flags = raw.get("output_validator_args", raw.get("output_validator_flags", ""))
    if isinstance(flags, list) and all(isinstance(f, (str, int, float)) for f in flags):
        return tuple(str(f) for f in flags)
    if isinstance(flags, (str, int, float)) and not isinstance(flags, bool):
        return tuple(str(flags).split())
    raise ProblemError(f"{where}: output validator flags must be a string or a list of strings, got {flags!r}")


__all__ = ["Rules", "TestCase", "TestGroup", "read_testdata"]
