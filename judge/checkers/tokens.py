"""The Kattis default output validator: compare output and answer token by token.

Both texts are split on runs of ASCII whitespace (space, tab, newline, carriage
return, vertical tab, form feed). Flags, as a package gives them in
``validator_flags`` / ``output_validator_flags`` / ``output_validator_args``:

- ``case_sensitive``: tokens must match exactly (by default ASCII letters match up to case);
- ``space_change_sensitive``: the whitespace between, before and after tokens must match too;
- ``float_tolerance e``, ``float_relative_tolerance e``, ``float_absolute_tolerance e``:
  an answer token that is a floating-point number accepts any number within the
  absolute or the relative error (either suffices), in any valid formatting.

Flags are parsed once, when a package loads (``parse_flags`` raises ``ValueError``
with the reason; the loader names the file and key). A mismatch names the first
differing token by line and position, so a user sees where the output went wrong.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from judge.checkers.base import Mismatch, options
from judge.errors import ProblemError
from judge.schema import read_table

_WHITESPACE = " \t\n\v\f\r"
_TOKEN = re.compile(r"[^ \t\n\v\f\r]+")
_SPACE_OR_TOKEN = re.compile(r"[ \t\n\v\f\r]+|[^ \t\n\v\f\r]+")
# IEEE 754 external decimal forms only: Python's float() would also take "1_000" and " 2 ", and
# digits of other scripts ("٢.٥" is 2.5 to float()), so \d is ASCII here as in Kattis's validator.
_FLOAT = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE | re.ASCII)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SHOWN = 40  # characters of a token shown in a message
TOLERANCE_FLAGS = ("float_tolerance", "float_relative_tolerance", "float_absolute_tolerance")


@dataclass(frozen=True)
class TokenRules:
    """How tokens compare; ``None`` tolerances mean floats compare as strings."""

    case_sensitive: bool = False
    space_change_sensitive: bool = False
    relative: float | None = None
    absolute: float | None = None

    @property
    def floats(self) -> bool:
        return self.relative is not None or self.absolute is not None


@functools.lru_cache(maxsize=64)
def parse_flags(flags: tuple[str, ...]) -> TokenRules:
    """The rules ``flags`` ask for; ``ValueError`` names a bad or repeated flag."""
    case = space = False
    tolerances: dict[str, float] = {}
    words = list(flags)
    while words:
        word = words.pop(0)
        if word == "case_sensitive":
            case = True
        elif word == "space_change_sensitive":
            space = True
        elif word in TOLERANCE_FLAGS:
            if not words:
                raise ValueError(f"{word} needs a number after it, e.g. '{word} 1e-6'")
            value = words.pop(0)
            try:
                number = float(value) if _FLOAT.fullmatch(value) else math.nan
            except ValueError:
                number = math.nan
            if not number >= 0 or math.isinf(number):
                raise ValueError(f"{word} needs a non-negative number, got {value!r}")
            if word in tolerances:
                raise ValueError(f"{word} is given twice")
            tolerances[word] = number
        else:
            raise ValueError(f"unknown default-validator flag {word!r}; known: case_sensitive, "
                             f"space_change_sensitive, {', '.join(TOLERANCE_FLAGS)}")
    both = tolerances.get("float_tolerance")
    if both is not None and len(tolerances) > 1:
        raise ValueError("float_tolerance sets both tolerances; do not combine it with "
                         "float_relative_tolerance or float_absolute_tolerance")
    return TokenRules(case, space, tolerances.get("float_relative_tolerance", both),
                      tolerances.get("float_absolute_tolerance", both))


@dataclass(frozen=True)
class Options:
    """As a checker: ``flags``, the default validator's flags (one word per item)."""

    flags: tuple[str, ...] = ()


def parse(table: Mapping[str, Any], where: str) -> Options:
    parsed = read_table(Options, table, where)
    try:
        parse_flags(parsed.flags)
    except ValueError as exc:
        raise ProblemError(f"{where} flags: {exc}") from exc
    return parsed


def check(expected: Any, actual: Any, *, config: Options | Mapping[str, Any] = Options(),
          steps: list[Any] | None = None) -> Mismatch | None:
    """``expected`` is the answer file's text, ``actual`` the program's stdout."""
    return compare(str(expected), str(actual), parse_flags(options(config, Options, parse).flags))


def compare(answer: str, output: str, rules: TokenRules) -> Mismatch | None:
    """None if ``output`` matches ``answer`` under ``rules``, else where it first differs."""
    if rules.space_change_sensitive:
        return _compare_with_spaces(answer, output, rules)
    expected = _TOKEN.findall(answer)
    got = [m for m in _TOKEN.finditer(output)]
    for index, (want, match) in enumerate(zip(expected, got)):
        reason = _token_differs(want, match.group(), rules)
        if reason is not None:
            return _mismatch(output, match.start(), index, want, match.group(), reason)
    if len(got) < len(expected):
        return Mismatch(f"the output ends after {len(got)} token(s); expected {len(expected)}, "
                        f"the next being {_show(expected[len(got)])}")
    if len(got) > len(expected):
        extra = got[len(expected)]
        line, column = _position(output, extra.start())
        return Mismatch(f"extra output after the expected {len(expected)} token(s): "
                        f"{_show(extra.group())} at line {line}, column {column}")
    return None


def _token_differs(want: str, got: str, rules: TokenRules) -> str | None:
    """Why ``got`` does not stand for ``want`` (None when it does)."""
    if rules.floats and _FLOAT.fullmatch(want):
        if not _FLOAT.fullmatch(got):
            return "not a number"
        a, s = float(want), float(got)
        if math.isnan(a) or math.isnan(s):
            return None if math.isnan(a) and math.isnan(s) else "differs"
        if a == s:
            return None
        error = abs(s - a)
        if rules.absolute is not None and error <= rules.absolute:
            return None
        if rules.relative is not None and error <= rules.relative * abs(a):
            return None
        return f"off by {error:.3g}, more than the tolerance {_tolerance_text(rules)}"
    if want == got or (not rules.case_sensitive and want.translate(_ASCII_LOWER) == got.translate(_ASCII_LOWER)):
        return None
    return "differs"


def _compare_with_spaces(answer: str, output: str, rules: TokenRules) -> Mismatch | None:
    """``space_change_sensitive``: whitespace runs are pieces that must match exactly."""
    expected = _SPACE_OR_TOKEN.findall(answer)
    got = list(_SPACE_OR_TOKEN.finditer(output))
    tokens_seen = 0
    for want, match in zip(expected, got):
        piece = match.group()
        if want[0] in _WHITESPACE or piece[0] in _WHITESPACE:
            if want != piece:
                line, column = _position(output, match.start())
                return Mismatch(f"whitespace differs at line {line}, column {column}: expected "
                                f"{want[:_SHOWN]!r}, got {piece[:_SHOWN]!r} (spacing must match exactly)")
            continue
        reason = _token_differs(want, piece, rules)
        if reason is not None:
            return _mismatch(output, match.start(), tokens_seen, want, piece, reason)
        tokens_seen += 1
    if len(got) != len(expected):
        shorter = "ends early" if len(got) < len(expected) else "goes on"
        where = output if len(got) > len(expected) else answer
        offset = sum(len(p) for p in expected[: min(len(got), len(expected))])
        line, column = _position(where, offset)
        return Mismatch(f"the output {shorter} at line {line}, column {column}: "
                        f"the whitespace and tokens must match the answer exactly")
    return None


def _mismatch(output: str, offset: int, index: int, want: str, got: str, reason: str) -> Mismatch:
    line, column = _position(output, offset)
    message = (f"token {index + 1} (line {line}, column {column}) {reason}: "
               f"expected {_show(want)}, got {_show(got)}")
    hint = None
    if reason == "differs" and want.lower() == got.lower():
        hint = "the comparison is case-sensitive for this problem"
    elif reason == "differs" and _FLOAT.fullmatch(want) and _FLOAT.fullmatch(got) and float(want) == float(got):
        hint = "numbers are compared exactly here (the problem sets no float tolerance)"
    return Mismatch(message, hint)


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _show(token: str) -> str:
    return repr(token if len(token) <= _SHOWN else token[:_SHOWN] + "...")


def _tolerance_text(rules: TokenRules) -> str:
    if rules.relative == rules.absolute:
        return f"{rules.relative:g} (absolute or relative)"
    parts = [f"{rules.absolute:g} absolute" if rules.absolute is not None else "",
             f"{rules.relative:g} relative" if rules.relative is not None else ""]
    return " or ".join(p for p in parts if p)


__all__ = ["TokenRules", "check", "compare", "parse_flags"]
