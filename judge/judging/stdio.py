"""Stdin/stdout problems on the judge's side: what a case sends, how its output is checked, what a user sees.

The program runs in the same sandboxed child as a function-call solution (the
harness's ``stdio`` mode), under the same limits; what it printed comes back as the
reply's value. Here the judge checks that text with the problem's output validator:
the default one (``judge.checkers.tokens``, with the case's flags) or the package's own
(``judge.checkers.validator``, run outside the sandbox: it is trusted problem code).
Reports show input, expected answer and output as shortened text blocks.
"""

from __future__ import annotations

import tempfile
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


def case_input(case: Case) -> str:
    """The case's input: its ``.in`` file, or (``judge run --case``) the text the user typed."""
    return read_text(case.input_path) if case.input_path is not None else str(case.args[0] if case.args else "")


def case_answer(case: Case) -> str:
    """The answer to check against: the ``.ans`` file, or (``--case``) the reference's output."""
    return read_text(case.answer_path) if case.answer_path is not None else str(case.expected or "")


def check(problem: Problem, case: Case, output: str) -> Mismatch | None:
    """None if ``output`` is right for ``case``; a ``ValidatorError`` if the validator fails."""
    command = _validator_command(problem)
    flags = case.flags if case.input_path is not None else _package_flags(problem)
    if command is None:
        return tokens.check(case_answer(case), output, config=tokens.Options(flags=flags))
    config = validator.Options(command=tuple(command), flags=flags, timeout_s=_validation_time(problem))
    if case.input_path is not None and case.answer_path is not None:
        return validator.check({"input": case.input_path, "answer": case.answer_path}, output, config=config)
    with tempfile.TemporaryDirectory(prefix="judge-case-") as folder:  # a typed input: the validator reads files
        files = {"input": Path(folder) / "case.in", "answer": Path(folder) / "case.ans"}
        files["input"].write_bytes(case_input(case).encode("utf-8", "surrogateescape"))
        files["answer"].write_bytes(case_answer(case).encode("utf-8", "surrogateescape"))
        return validator.check(files, output, config=config)


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


def _package_flags(problem: Problem) -> tuple[str, ...]:
    """A typed input's validator flags: the package's own (problem.yaml), as no group holds it."""
    from judge.problems.kattis.problem import KattisProblem

    return problem.kattis.meta.validator_flags if isinstance(problem, KattisProblem) else ()


def _validation_time(problem: Problem) -> float:
    from judge.problems.kattis.problem import KattisProblem

    return problem.kattis.meta.validation_time_s if isinstance(problem, KattisProblem) else validator.DEFAULT_TIMEOUT_S


__all__ = ["case_answer", "case_input", "check", "excerpt", "read_text"]
