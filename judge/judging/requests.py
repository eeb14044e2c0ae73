"""The case request the judge sends, built on the judging side.

``judge.sandbox.protocol.case_request`` is the wire format; it reads no problem files
(the sandbox sits below the judging layer and must not reach back into it). What only
the judging layer knows how to read — a program's input, from the case's ``.in`` file
or the text typed for ``judge run --case`` (``judge.judging.stdio``) — is read here and
handed to it. Every caller that may judge a program builds its requests through this.
"""

from __future__ import annotations

from judge.judging import stdio
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol


def case_request(problem: Problem, case: Case) -> dict[str, object]:
    """The request to run ``case`` (one call), a program's with its input."""
    stdin = stdio.case_input(case) if problem.kind == "stdio" else None
    return protocol.case_request(problem, case, stdin=stdin)


__all__ = ["case_request"]
