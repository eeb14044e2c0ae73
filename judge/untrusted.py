"""Text that came from a solution, made safe to write anywhere.

A solution controls strings that reach every report: what it returned or printed, its
exception messages, a program's output (bytes that are not UTF-8 are kept as lone
surrogates by ``surrogateescape``, so the output validator sees the exact bytes). Two
things in such text do harm outside the judge:

- a lone surrogate cannot be encoded as UTF-8: written to a terminal, a JSON report, the
  grading log or the practice history it raised ``UnicodeEncodeError``, and the judge
  stopped with an internal error (under ``judge grade``, the whole class's run).
  :func:`cleaned` rewrites each one as a visible escape (``\\xff`` for a byte kept by
  ``surrogateescape``, ``\\ud800`` otherwise) in every record a judging run returns,
  after the checkers have compared the exact values;
- control characters (escape codes, ``\\r``, bidirectional overrides) steer a terminal:
  a submitter folder named ``\\x1b[32mAccepted`` paints its own row. :func:`printable`
  shows them as escapes, for text meant for a terminal or a Markdown table;
- a returned NaN or infinity: Python's ``json`` writes bare ``NaN``/``Infinity``, which
  are not JSON; :func:`json_text` writes them as strings, for every JSON output;
- an int over 4,300 decimal digits (a solution may return one): ``str()`` and ``json``
  refuse to write it; :func:`cleaned` replaces it with its size and last digits
  (``judge.values.int_text``), after the checkers have compared the exact values.
"""

from __future__ import annotations

import dataclasses
import enum
import json
import math
import re
from typing import Any, TypeVar

from judge.values import int_text, is_wide

T = TypeVar("T")

_SURROGATE = re.compile("[\ud800-\udfff]")

# Control characters (but newline and tab), DEL, C1 controls, and the bidirectional overrides
# that reorder what a terminal shows: each is written as a visible escape instead.
_UNPRINTABLE = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0)) + \
    [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPES = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _UNPRINTABLE}


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def escape_surrogates(text: str) -> str:
    """``text`` with each lone surrogate written as an escape, so it encodes as UTF-8."""
    return _SURROGATE.sub(_escape, text)


def cleaned(value: T) -> T:
    """``value`` (a result record, or plain data inside one) with :func:`escape_surrogates`
    applied to every string in it, keys included, and ints too wide for decimal shown by their
    size (``judge.values.int_text``); enums and other numbers are kept as they are."""
    return _clean(value)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value
    if is_wide(value):
        return int_text(value)
    if isinstance(value, str):
        return escape_surrogates(value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def printable(text: str) -> str:
    """``text`` with every character that could steer a terminal shown as an escape (``\\x1b``),
    lone surrogates included."""
    return escape_surrogates(text.translate(_ESCAPES))


def one_line(text: str) -> str:
    """:func:`printable`, with newlines and tabs escaped too: a name in a table cell or a list."""
    return printable(text).replace("\n", "\\n").replace("\t", "\\t")


def json_text(value: Any, indent: int | None = 2) -> str:
    """``value`` as standard JSON (UTF-8 text, ``repr`` for anything else): a returned NaN or
    infinity is written as the string ``"NaN"``, ``"Infinity"`` or ``"-Infinity"``, since the
    bare tokens Python writes are not JSON and strict readers (jq, JavaScript) refuse the whole report."""
    return json.dumps(_finite(value), ensure_ascii=False, indent=indent, default=repr, allow_nan=False)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if isinstance(value, (list, tuple)):
        return [_finite(v) for v in value]
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    return value


__all__ = ["cleaned", "escape_surrogates", "json_text", "one_line", "printable"]
