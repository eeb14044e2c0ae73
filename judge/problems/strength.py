"""``judge check --strength``: how strong are a problem's cases and its fuzzing strategies?

``judge check`` proves each known submission gets its folder's verdict. This module asks
the harder question for the known *wrong* ones (``submissions/wrong_answer/`` and
``submissions/runtime_error/``):

- cases: judged on every case without stopping at the first failure, which cases reject
  each one. A submission rejected by exactly one case is a *single point of failure*: one
  edited case would let it through, so a second case or the strategies should back it.
  For stream problems a rejection by the pooled tests of all streams together counts as
  a rejection by the cases but by no single case (``"pooled"``);
- fuzzing alone: without any case before it, the inputs ``judge run`` would generate from
  each of the given seeds (1-10 by default) against the reference, which seeds find a
  failing input (no shrinking: only whether one fails).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabulate import tabulate

from judge.judging.runner import RunOptions, choose_sandbox, judge_file
from judge.problems.problem import Problem
from judge.verdict import Verdict

WRONG_FOLDERS = ("wrong_answer", "runtime_error")
DEFAULT_SEEDS = tuple(range(1, 11))
POOLED = "pooled"


@dataclass(frozen=True)
class Strength:
    """What rejects one known wrong submission."""

    problem: str
    item: str
    catching_cases: tuple[str, ...]
    fuzz_seeds: tuple[int, ...] | None = None  # seeds whose fuzzing alone rejects it; None: not fuzzed
    seeds_tried: int = 0

    @property
    def caught_by_cases(self) -> bool:
        return bool(self.catching_cases)

    @property
    def single_point(self) -> bool:
        return len(self.catching_cases) == 1 and self.catching_cases[0] != POOLED

    @property
    def fuzzing_every_seed(self) -> bool:
        """Fuzzing alone rejects it on every seed tried: a single point is then backed by the strategies."""
        return self.fuzz_seeds is not None and self.seeds_tried > 0 and len(self.fuzz_seeds) == self.seeds_tried


@dataclass
class StrengthReport:
    items: list[Strength] = field(default_factory=list)

    def for_problem(self, slug: str) -> list[Strength]:
        return [s for s in self.items if s.problem == slug]


def catching_cases(problem: Problem, path: Path, sandbox: str) -> tuple[str, ...]:
    """The names of the cases (samples included) that reject ``path``, all cases judged."""
    result = judge_file(problem, path, RunOptions(sandbox=sandbox, fuzz=False, keep_going=True))
    names = tuple(c.name for c in result.cases if c.verdict is not Verdict.AC)
    if not names and result.verdict is not Verdict.AC:
        return (POOLED,) if problem.kind == "stream" else ("(whole run)",)
    return names


_GENERATED: dict[tuple[Path, int, int], list[list[Any]]] = {}


def generated(problem: Problem, examples: int, seed: int) -> list[list[Any]]:
    """``fuzz.generate`` once per problem, count and seed in this process: the inputs are the
    same for every submission (the seed fixes them), and generating them is about half the
    cost of fuzzing a submission that is caught early."""
    from judge.judging import fuzz  # Hypothesis is imported only when fuzzing

    key = (problem.root, examples, seed)
    if key not in _GENERATED:
        _GENERATED[key] = fuzz.generate(problem, examples, seed)
    return _GENERATED[key]


def fuzz_seeds(problem: Problem, path: Path, sandbox: str, seeds: tuple[int, ...], examples: int) -> tuple[int, ...]:
    """The seeds on which fuzzing alone (no case first) finds an input that rejects ``path``."""
    from judge.judging import fuzz

    mode = choose_sandbox(sandbox)
    return tuple(seed for seed in seeds
                 if fuzz.first_failing(problem, path, mode, generated(problem, examples, seed)) is not None)


def measure(problems: list[Problem], sandbox: str, fuzz: bool = True, seeds: tuple[int, ...] = DEFAULT_SEEDS,
            examples: int | None = None) -> StrengthReport:
    """Cases and (for call/object problems, when ``fuzz``) fuzzing against every known wrong submission."""
    from judge.judging.fuzz import DEFAULT_EXAMPLES

    report = StrengthReport()
    for problem in problems:
        fuzzable = fuzz and problem.kind in ("call", "object")
        for folder, path in problem.submissions():
            if folder not in WRONG_FOLDERS:
                continue
            cases = catching_cases(problem, path, sandbox)
            found = fuzz_seeds(problem, path, sandbox, seeds, examples or DEFAULT_EXAMPLES) if fuzzable else None
            report.items.append(Strength(problem.slug, f"{folder}/{path.name}", cases, found,
                                         len(seeds) if fuzzable else 0))
    return report


def render_strength(report: StrengthReport) -> str:
    """Per problem: rejected by the cases, by fuzzing alone on every seed, and the single points."""
    rows = []
    lines = []
    for slug in dict.fromkeys(s.problem for s in report.items):
        items = report.for_problem(slug)
        by_cases = sum(s.caught_by_cases for s in items)
        fuzzed = [s for s in items if s.fuzz_seeds is not None]
        every_seed = sum(s.fuzzing_every_seed for s in fuzzed)
        fuzz_text = f"{every_seed}/{len(fuzzed)} on every seed" if fuzzed else "not fuzzed"
        singles = [s for s in items if s.single_point]
        backed = sum(s.fuzzing_every_seed for s in singles)
        rows.append([slug, len(items), f"{by_cases}/{len(items)}", fuzz_text,
                     f"{len(singles)} ({backed} backed by fuzzing)" if backed else len(singles)])
        for s in items:
            if not s.caught_by_cases:
                lines.append(f"{slug}: {s.item} is NOT rejected by the cases")
            if s.single_point:
                backing = ("; backed: fuzzing alone rejects it on every seed" if s.fuzzing_every_seed
                           else "; back it with a second case or the strategies")
                lines.append(f"{slug}: {s.item} is rejected by one case only ({s.catching_cases[0]}){backing}")
            if s.fuzz_seeds is not None and len(s.fuzz_seeds) < s.seeds_tried:
                lines.append(f"{slug}: {s.item}: fuzzing alone rejects it on {len(s.fuzz_seeds)} of "
                             f"{s.seeds_tried} seeds {list(s.fuzz_seeds)}")
    table = tabulate(rows, headers=["problem", "known wrong", "rejected by cases", "fuzzing alone", "single points"])
    return table + ("\n\n" + "\n".join(lines) if lines else "")


__all__ = ["Strength", "StrengthReport", "catching_cases", "fuzz_seeds", "measure", "render_strength"]
