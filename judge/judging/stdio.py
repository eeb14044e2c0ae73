"""Stdin/stdout problems on the judge's side: what a case sends, how its output is checked, what a user sees.

The program runs in the same sandboxed child as a function-call solution (the
harness's ``stdio`` mode), under the same limits; what it printed comes back as the
reply's value. Here the judge checks that text with the problem's output validator:
the default one (``judge.checkers.tokens``, with the case's flags) or the package's own
(``judge.checkers.validator``, run outside the sandbox: it is trusted problem code).
Reports show input, expected answer and output as shortened text blocks.
"""

from __future__ import annotations

from pathlib import Path

from judge.checkers import tokens, validator
from judge.checkers.base import Mismatch
from judge.problems.problem import Case, Problem

BLOCK_LINES = 12
LINE_CHARS = 160


def read_text(path: Path | None) -> str:
    """A case file as text; bytes that are not UTF-8 survive the round trip to the child."""
    if path is None:
        return ""
    return path.read_bytes().decode("utf-8", "surrogateescape")


def case_fields(problem: Problem, case: Case) -> dict[str, object]:
    """What a ``case`` request carries for a program: its input and the output cap."""
    return {"stdin": read_text(case.input_path), "output_cap": problem.output_kb * 1024}


def check(problem: Problem, case: Case, output: str) -> Mismatch | None:
    """None if ``output`` is right for ``case``; a ``ValidatorError`` if the validator fails."""
    command = _validator_command(problem)
    if command is None:
        return tokens.check(read_text(case.answer_path), output, config=tokens.Options(flags=case.flags))
    config = validator.Options(command=tuple(command), flags=case.flags, timeout_s=_validation_time(problem))
    return validator.check({"input": case.input_path, "answer": case.answer_path}, output, config=config)


def excerpt(text: str, lines: int = BLOCK_LINES) -> str:
    """The head of a text for a report: at most ``lines`` lines, long lines cut, counts of the rest."""
    all_lines = text.splitlines()
    shown = [line if len(line) <= LINE_CHARS else line[:LINE_CHARS] + f"... ({len(line):,} chars)"
             for line in all_lines[:lines]]
    if len(all_lines) > lines:
        shown.append(f"... ({len(all_lines) - lines:,} more lines)")
    return "\n".join(shown)


def _validator_command(problem: Problem) -> list[str] | None:
    from judge.problems.kattis.problem import KattisProblem

    return problem.validator_command() if isinstance(problem, KattisProblem) else None


def _validation_time(problem: Problem) -> float:
    from judge.problems.kattis.problem import KattisProblem

    return problem.kattis.meta.validation_time_s if isinstance(problem, KattisProblem) else validator.DEFAULT_TIMEOUT_S


__all__ = ["case_fields", "check", "excerpt", "read_text"]
