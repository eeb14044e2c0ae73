"""A Kattis package as a ``Problem`` of the stdin/stdout kind, so every command can judge it.

The judge's commands (run, check, show, start, grade, practice) work on ``Problem``.
``KattisProblem`` is one whose solution is a program (``kind = "stdio"``): its cases
carry their ``.in``/``.ans`` files and validator flags, its checker is the default
output validator (``tokens``) or the package's own (``validator``), its statement and
samples come from the package, and its known submissions from ``submissions/``.
Kattis packages name no difficulty; they count as medium (practice's clock).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from judge.problems.kattis.package import Package, load_package
from judge.problems.kattis.testdata import TestCase
from judge.problems.problem import Case, Problem, TimeRule

STUB = Path(__file__).resolve().with_name("stdio_stub.py")


@dataclass(frozen=True)
class KattisProblem(Problem):
    """A problem read from a Kattis package (``package`` holds everything it says)."""

    package: Package | None = field(default=None, hash=False, compare=False)

    @property
    def kattis(self) -> Package:
        assert self.package is not None
        return self.package

    @property
    def stub(self) -> Path:
        return STUB

    @property
    def reference(self) -> Path:
        """The first accepted Python submission stands for a reference solution."""
        accepted = [p for folder, p in self.submissions() if folder == "accepted"]
        return accepted[0] if accepted else self.root / "submissions" / "accepted"

    def statement(self, lang: str = "en") -> str:
        return self.kattis.statement(lang)

    @functools.cached_property
    def samples(self) -> tuple[Case, ...]:
        return tuple(_case(c, self.kattis) for c in self.kattis.samples())

    @functools.cached_property
    def secret_groups(self) -> tuple[tuple[str, tuple[Case, ...]], ...]:
        groups: dict[str, list[Case]] = {}
        for case in self.kattis.cases():
            if not case.sample:
                groups.setdefault(case.group, []).append(_case(case, self.kattis))
        return tuple((name, tuple(cases)) for name, cases in groups.items())

    def submissions(self) -> list[tuple[str, Path]]:
        return [(s.folder, s.path) for s in self.kattis.submissions() if s.judged]

    def validator_command(self) -> list[str] | None:
        """The built custom output validator, or None for the default one."""
        return self.kattis.validator_command


def _case(case: TestCase, package: Package) -> Case:
    return Case(name=case.name, group=case.group, args=[], expected=None, where=str(case.input_path),
                sample=case.sample, input_path=case.input_path, answer_path=case.answer_path,
                flags=package.validator_flags(case))


def load_kattis_problem(root: Path) -> KattisProblem:
    """Read the package in ``root`` as a problem (``ProblemError`` names a fault's file and key)."""
    package = load_package(root)
    meta = package.meta
    fixed = meta.timing.fixed_s
    return KattisProblem(
        slug=root.name, root=root, title=package.title, title_zh=package.title, difficulty="medium",
        tags=meta.keywords, entry_names=(), params=(), kind="stdio",
        checker="validator" if package.validator is not None else "tokens", checker_options=None,
        time_rule=TimeRule(floor_s=fixed if fixed is not None else 1.0, factor=0.0),
        memory_mb=meta.memory_mb, output_kb=meta.output_mb * 1024, package=package,
    )


__all__ = ["KattisProblem", "load_kattis_problem"]
