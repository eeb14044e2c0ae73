"""Advice for failures whose message alone misleads: Python 2 code, a stray ``self``.

The verdict stays what it is; this only adds a hint (``FailingCase.hint``) when the
failure has none and the cause can be told from the message and the solution's source:

- Python 2: ``print x`` (a SyntaxError about print), ``xrange``/``raw_input``/``unicode``/...
  (a NameError), ``d.iteritems()``/``d.has_key(k)`` (an AttributeError), ``except E, e:``,
  ``0777`` and ``<>`` (SyntaxErrors). LeetCode still offers "Python" (2) beside "Python3".
- A module-level ``def f(self, ...)``: the judge calls a module-level function as it is,
  so ``self`` takes the first argument and the last one is reported missing.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from pathlib import Path

from judge.verdict import FailingCase, Verdict

PY2_NAMES = {"xrange": "range", "raw_input": "input", "unicode": "str", "basestring": "str", "long": "int",
             "unichr": "chr", "reduce": "functools.reduce", "cmp": "a key function (functools.cmp_to_key)",
             "iteritems": "items", "itervalues": "values", "iterkeys": "keys", "has_key": "`key in d`"}
PY2_SYNTAX = ("Missing parentheses in call to 'print'", "Missing parentheses in call to 'exec'",
              "multiple exception types must be parenthesized", "leading zeros in decimal integer literals", "<>")
MISSING_ARGUMENT = re.compile(r"missing \d+ required positional argument")


def with_hint(failing: FailingCase, verdict: Verdict, solution: Path, entry_names: tuple[str, ...]) -> FailingCase:
    """``failing`` with a hint added when one of the known causes fits (unchanged otherwise)."""
    if failing.hint:
        return failing
    hint = hint_for(failing.message, verdict, solution, entry_names)
    return replace(failing, hint=hint) if hint else failing


def hint_for(message: str, verdict: Verdict, solution: Path, entry_names: tuple[str, ...]) -> str | None:
    """The hint for a Runtime or Compile Error's ``message``, if one of the known causes fits."""
    if verdict not in (Verdict.RE, Verdict.CE):
        return None
    source = _source(solution)
    return python2_hint(message, source) or stray_self_hint(message, source, entry_names)


def python2_hint(message: str, source: str) -> str | None:
    """A hint when the failure is Python 2 code run as Python 3."""
    name = re.search(r"name '(\w+)' is not defined|has no attribute '(\w+)'", message)
    found = next((g for g in name.groups() if g), None) if name else None
    if found in PY2_NAMES:
        return (f"this looks like Python 2: {found} does not exist in Python 3, which the judge runs; "
                f"use {PY2_NAMES[found]} instead")
    if "SyntaxError" in message and (any(marker in message for marker in PY2_SYNTAX) or _print_statement(source)):
        return ("this looks like Python 2 (print x, except E, e:, 0777, <>); the judge runs Python 3: "
                "write print(x), except E as e:, 0o777 and !=")
    return None


def stray_self_hint(message: str, source: str, entry_names: tuple[str, ...]) -> str | None:
    """A hint when a module-level entry function takes ``self`` (it was meant for class Solution)."""
    if not MISSING_ARGUMENT.search(message) and "positional argument" not in message:
        return None
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return None
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in entry_names and node.args.args \
                and node.args.args[0].arg == "self":
            return (f"{node.name} is a module-level function whose first parameter is self, so self took the "
                    f"first argument and the last one went missing: indent it under `class Solution:`, or "
                    f"remove self")
    return None


def _print_statement(source: str) -> bool:
    return re.search(r"^\s*print\s+[^\s(=]", source, re.MULTILINE) is not None


def _source(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return ""


__all__ = ["hint_for", "python2_hint", "stray_self_hint", "with_hint"]
