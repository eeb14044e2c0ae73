"""One exception hierarchy for faults of the judge's own inputs, never of user code.

A fault in the user's solution is a verdict (a value in ``judge.verdict``), not an
exception. These exceptions are for everything else: an unknown problem, a missing
solution file, a malformed problem folder, a sandbox that cannot start. Only the CLI
turns them into a message and an exit code.
"""

from __future__ import annotations


class JudgeError(Exception):
    """Base class; ``exit_code`` is what the CLI exits with."""

    exit_code = 2


class UsageError(JudgeError):
    """The user asked for something that cannot be done as asked."""


class UnknownProblemError(UsageError):
    """No problem matches the name the user gave."""


class SolutionError(UsageError):
    """The solution file is missing or unreadable (a syntax error is a verdict, not this)."""


class ProblemError(JudgeError):
    """A problem folder is malformed; the message names the file (and line)."""


class SandboxError(JudgeError):
    """The sandbox the user asked for cannot run on this machine."""


class HistoryError(JudgeError):
    """The attempt history database cannot be read or written."""
