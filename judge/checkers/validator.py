"""Run a package's own output validator on one output (the Kattis output validator protocol).

Invocation, as the specification fixes it::

    <validator> input_file answer_file feedback_dir/ [flags...] < program_output

Exit code 42 means accepted and 43 wrong answer. Anything else (0 included), a
time-out, or a validator that cannot start is a fault of the problem package, not
of the solution: it raises ``ValidatorError`` (a ``ProblemError``) naming the
validator, its exit code and what it wrote to stderr. The validator may leave
``teammessage.txt`` (shown to the user) and ``judgemessage.txt`` (for whoever wrote
the problem) in the feedback folder; both are read back, shortened.

The validator is trusted problem code, like a package's ``validator.py``: it runs as
an ordinary child process, with a time-out, outside the solution's sandbox.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.checkers.base import Mismatch, options
from judge.errors import ProblemError
from judge.schema import read_table

ACCEPTED = 42
WRONG = 43
MESSAGE_CHARS = 2000
DEFAULT_TIMEOUT_S = 60.0


class ValidatorError(ProblemError):
    """The output validator did not give a judgement (crashed, hung, or exited with another code)."""


@dataclass(frozen=True)
class Feedback:
    """The validator's judgement and what it wrote to the feedback folder."""

    accepted: bool
    team_message: str = ""
    judge_message: str = ""

    def mismatch(self) -> Mismatch | None:
        """None when accepted, else the validator's own words (the team's first)."""
        if self.accepted:
            return None
        message = self.team_message or self.judge_message or "the output validator rejected the output"
        hint = self.judge_message if self.team_message and self.judge_message else None
        return Mismatch(message, hint)


def run(command: Sequence[str], input_path: Path, answer_path: Path, output: bytes,
        flags: Sequence[str] = (), timeout_s: float = DEFAULT_TIMEOUT_S) -> Feedback:
    """Judge ``output`` (what the solution printed) for the case ``input_path``/``answer_path``."""
    shown = " ".join(command)
    with tempfile.TemporaryDirectory(prefix="judge-feedback-") as folder:
        argv = [*command, str(input_path), str(answer_path), folder + "/", *flags]
        try:
            done = subprocess.run(argv, input=output, capture_output=True, timeout=timeout_s, check=False)
        except subprocess.TimeoutExpired as exc:
            raise ValidatorError(f"output validator {shown} gave no judgement within {timeout_s:g} s "
                                 f"on {input_path}") from exc
        except OSError as exc:
            raise ValidatorError(f"output validator {shown} cannot start: {exc.strerror}") from exc
        team = _read(Path(folder) / "teammessage.txt")
        judge = _read(Path(folder) / "judgemessage.txt")
    if done.returncode in (ACCEPTED, WRONG):
        return Feedback(done.returncode == ACCEPTED, team, judge)
    stderr = done.stderr.decode("utf-8", "replace").strip()[-MESSAGE_CHARS:]
    said = f"; it wrote: {stderr}" if stderr else ""
    said += f"; judgemessage.txt: {judge}" if judge else ""
    raise ValidatorError(f"output validator {shown} exited with code {done.returncode} on {input_path} "
                         f"(it must exit 42 for accepted or 43 for wrong answer){said}")


@dataclass(frozen=True)
class Options:
    """The built validator's ``command``, the case's ``flags`` and the validator's ``timeout_s``."""

    command: tuple[str, ...]
    flags: tuple[str, ...] = ()
    timeout_s: float = DEFAULT_TIMEOUT_S


def parse(table: Mapping[str, Any], where: str) -> Options:
    parsed = read_table(Options, table, where)
    if not parsed.command or parsed.timeout_s <= 0:
        raise ProblemError(f"{where} needs a non-empty command and a timeout_s above 0")
    return parsed


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any],
          steps: list[Any] | None = None) -> Mismatch | None:
    """Checker shape: ``expected`` maps "input" and "answer" to the case's files; ``actual`` is stdout."""
    if not isinstance(expected, Mapping):
        raise TypeError("the validator checker needs the case's input and answer files")
    parsed = options(config, Options, parse)
    output = actual.encode("utf-8", "surrogateescape") if isinstance(actual, str) else bytes(actual)
    feedback = run(parsed.command, Path(expected["input"]), Path(expected["answer"]), output,
                   parsed.flags, parsed.timeout_s)
    return feedback.mismatch()


def _read(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""
    return text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS] + " ..."


__all__ = ["ACCEPTED", "WRONG", "Feedback", "Options", "ValidatorError", "check", "parse", "run"]
