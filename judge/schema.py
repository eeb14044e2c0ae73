"""Read a TOML table into a frozen dataclass, refusing what the dataclass does not declare.

problem.toml's tables and every checker's options are declared as frozen dataclasses
(field name = key, annotation = type, default = optional). ``read_table`` checks a
table against one at the boundary (when a problem folder loads), so the code after
it trusts its inputs:

- an unknown key is a ``ProblemError`` with a did-you-mean (``param`` -> ``params``);
- a missing key without a default says it is required and its type;
- a value of the wrong type names the key, what it must be and what it was
  (``time_floor_s = "fast"``: "must be a number, got 'fast'"). A ``bool`` is never a
  number, an ``int`` is a ``float``, and a list of strings fills a ``tuple[str, ...]``.

Every message starts with ``where``, which names the file and the table
(``problems/x/problem.toml: [limits]``).
"""

from __future__ import annotations

import dataclasses
import typing
from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from judge.errors import ProblemError

T = TypeVar("T")


def closest(wanted: str, known: Iterable[str]) -> str | None:
    """The one name in ``known`` that ``wanted`` is a likely misspelling of, if any."""
    import difflib  # here: judge list loads this module and never needs it

    close = difflib.get_close_matches(wanted, list(known), n=1, cutoff=0.6)
    return close[0] if close else None


def did_you_mean(wanted: str, known: Iterable[str]) -> str:
    """``"; did you mean 'params'?"`` for a near miss, else ``""``."""
    close = closest(wanted, known)
    return f"; did you mean {close!r}?" if close else ""


def refuse_unknown(table: Mapping[str, Any], known: Iterable[str], where: str, what: str = "key") -> None:
    """A ``ProblemError`` for the first key of ``table`` not in ``known``."""
    allowed = list(known)
    for key in table:
        if key not in allowed:
            raise ProblemError(f"{where} unknown {what} {key!r}{did_you_mean(key, allowed)} "
                               f"(allowed: {', '.join(allowed) or 'none'})")


def read_table(cls: type[T], table: Any, where: str) -> T:
    """An instance of the dataclass ``cls`` built from ``table``, every key checked."""
    if not isinstance(table, Mapping):
        raise ProblemError(f"{where} must be a table, got {table!r}")
    fields = {f.name: f for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    refuse_unknown(table, fields, where)
    hints = typing.get_type_hints(cls)
    values: dict[str, Any] = {}
    for name, spec in fields.items():
        if name in table:
            values[name] = _convert(table[name], hints[name], f"{where} {name}")
        elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
            raise ProblemError(f"{where} {name} is required ({_describe(hints[name])})")
    return cls(**values)


def _convert(value: Any, hint: Any, where: str) -> Any:
    """``value`` as the type ``hint`` says, or a ProblemError naming what it must be."""
    if _fits(value, hint):
        if hint is float or float in typing.get_args(hint) and isinstance(value, int):
            return float(value)
        if typing.get_origin(hint) is tuple:
            return tuple(value)
        return value
    raise ProblemError(f"{where} must be {_describe(hint)}, got {value!r}")


def _fits(value: Any, hint: Any) -> bool:
    if typing.get_origin(hint) in (typing.Union, _UNION_TYPE):
        return any(_fits(value, option) for option in typing.get_args(hint))
    if hint is type(None):
        return value is None
    if typing.get_origin(hint) is tuple:
        (item, *_) = typing.get_args(hint)
        return isinstance(value, list) and all(_fits(v, item) for v in value)
    if hint is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, hint)


def _describe(hint: Any) -> str:
    if typing.get_origin(hint) in (typing.Union, _UNION_TYPE):
        return " or ".join(_describe(option) for option in typing.get_args(hint) if option is not type(None))
    if typing.get_origin(hint) is tuple:
        return f"a list of {_describe(typing.get_args(hint)[0]).removeprefix('a ')}s"
    return {float: "a number", int: "an integer", str: "a string", bool: "true or false"}.get(hint, str(hint))


_UNION_TYPE = type(int | None)
