"""A Kattis problem package read as it is: ``load_package(folder) -> Package``.

The layout (legacy and 2023-07; docs/problem-format.md has the table of what is
supported)::

    <slug>/problem.yaml                 metadata (metadata.py)
    <slug>/.timelimit                   optional fixed time limit in seconds
    <slug>/problem_statement/problem.en.tex|md   (or statement/, 2023-07)
    <slug>/data/sample/*.in, *.ans      samples, judged first
    <slug>/data/secret/**/*.in, *.ans   hidden cases, nested groups (testdata.py)
    <slug>/output_validators/<name>/    custom validator, legacy (or output_validator/, 2023-07)
    <slug>/submissions/<verdict>/*      known submissions; Python ones are judged

Everything is checked here, at the boundary, so a malformed package fails at load
with a ``ProblemError`` naming the file and key; the validator is only compiled when
a judging needs it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from judge.checkers import tokens
from judge.errors import ProblemError
from judge.problems.kattis import programs, statement
from judge.problems.kattis.metadata import Metadata, read_metadata
from judge.problems.kattis.testdata import TestCase, TestGroup, read_testdata

VALIDATOR_FOLDERS = ("output_validators", "output_validator")
VERDICT_FOLDERS = ("accepted", "wrong_answer", "time_limit_exceeded", "run_time_error")


def is_package(folder: Path) -> bool:
    """A folder with a ``problem.yaml`` is a Kattis package."""
    return (folder / "problem.yaml").is_file()


@dataclass(frozen=True)
class Submission:
    """A known submission; ``judged`` is False for other languages or unknown folders."""

    folder: str
    path: Path
    judged: bool
    reason: str = ""


@dataclass(frozen=True)
class Package:
    """A validated Kattis package."""

    slug: str
    root: Path
    meta: Metadata
    data: TestGroup
    validator: programs.Program | None

    @property
    def title(self) -> str:
        return self.meta.name or self._statement_name() or self.slug

    @property
    def scoring(self) -> bool:
        return self.meta.kind == "scoring"

    def cases(self) -> list[TestCase]:
        """Samples first, then the hidden cases, each group in name order: the judging order."""
        return list(self.data.cases())

    def samples(self) -> list[TestCase]:
        sample = self.data.group("sample")
        return list(sample.cases()) if sample is not None else []

    def validator_flags(self, case: TestCase) -> tuple[str, ...]:
        """problem.yaml's validator_flags, then the case's group's flags."""
        return self.meta.validator_flags + case.rules.validator_flags

    @functools.cached_property
    def validator_command(self) -> list[str] | None:
        """The built custom validator's command (compiled on first use), or None for the default one."""
        return programs.command_for(self.validator) if self.validator is not None else None

    def statement(self, lang: str = "en") -> str:
        """The statement as text (in English when there is none in ``lang``), followed by the samples."""
        try:
            found = statement.find_statement(self.root, lang)
        except ProblemError:
            if lang == "en":
                raise
            found = statement.find_statement(self.root, "en")
        _, text = statement.read_statement(found)
        parts = [f"{self.title}\n{'=' * len(self.title)}\n", text]
        for number, case in enumerate(self.samples(), 1):
            parts.append(f"\nSample Input {number}\n{_read(case.input_path)}\nSample Output {number}\n"
                         f"{_read(case.answer_path)}")
        return "\n".join(parts)

    def submissions(self) -> list[Submission]:
        """Every file or folder under ``submissions/<folder>/``, in name order."""
        found = []
        for path in sorted((self.root / "submissions").glob("*/*")):
            folder = path.parent.name
            if path.name.startswith("."):
                continue
            if folder not in VERDICT_FOLDERS:
                found.append(Submission(folder, path, False, f"folder {folder}/ is not checked"))
            elif path.is_file() and path.suffix == ".py":
                found.append(Submission(folder, path, True))
            else:
                what = "a folder program" if path.is_dir() else f"a {path.suffix or 'no-suffix'} file"
                found.append(Submission(folder, path, False, f"{what}: judge runs Python only"))
        return found

    def _statement_name(self) -> str | None:
        try:
            name, _ = statement.read_statement(statement.find_statement(self.root))
        except ProblemError:
            return None
        return name


def load_package(root: Path) -> Package:
    """Read and check the package in ``root`` (see the module docstring)."""
    meta = read_metadata(root)
    data = read_testdata(root, meta.kind == "scoring", meta.legacy)
    validator = _find_validator(root, meta)
    if validator is None:
        _check_default_flags(root, meta, data)
    return Package(slug=root.name, root=root, meta=meta, data=data, validator=validator)


def _find_validator(root: Path, meta: Metadata) -> programs.Program | None:
    folders = [root / name for name in VALIDATOR_FOLDERS if (root / name).is_dir()]
    entries = [p for f in folders for p in sorted(f.iterdir()) if not p.name.startswith(".")]
    if meta.custom_validation is False:
        return None
    if meta.custom_validation is None and not entries:  # 2023-07: no folder means the default validator
        return None
    if not entries:
        raise ProblemError(f"{root / 'problem.yaml'}: validation: custom, but there is no output validator "
                           f"(add output_validators/<name>/ with its source)")
    if folders[0].name == "output_validator":  # 2023-07: the folder itself is the one program
        return programs.find_program(folders[0], "the output validator")
    if len(entries) > 1:
        raise ProblemError(f"{folders[0]}: holds {len(entries)} output validators "
                           f"({', '.join(p.name for p in entries)}); judge runs exactly one")
    return programs.find_program(entries[0], "the output validator")


def _check_default_flags(root: Path, meta: Metadata, data: TestGroup) -> None:
    """Parse the default validator's flags now, so a typo fails at load with its file and key."""
    try:
        tokens.parse_flags(meta.validator_flags)
    except ValueError as exc:
        raise ProblemError(f"{root / 'problem.yaml'}: validator_flags: {exc}") from exc
    for case in data.cases():
        try:
            tokens.parse_flags(meta.validator_flags + case.rules.validator_flags)
        except ValueError as exc:
            raise ProblemError(f"{case.input_path.parent}: output validator flags: {exc}") from exc


def _read(path: Path) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    return text if len(text) < 2000 else text[:2000] + "...\n"


__all__ = ["Package", "Submission", "is_package", "load_package"]
