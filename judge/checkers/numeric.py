"""The float checker's comparison: walk two values, comparing numbers within a tolerance.

``Walk(rel_tol, abs_tol).run(expected, actual)`` remembers the first difference (by
index path) and counts the differing numbers; ``message()`` puts that into words.
The rules (what matches what, how arrays, tuples and dicts compare) are listed in
judge/checkers/floats.py, which owns the options; this module owns only the walk,
so the comparison can change (or move beside the value codec) without touching them.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from fractions import Fraction
from typing import Any, NoReturn

from judge import values

view = values.view  # the one reader of tagged values; array shapes come from the data

NAN_HINT = "NaN never compares equal: look for 0/0, a square root of a negative number, or a missing epsilon."
BOOL_HINT = "True/False is not a number here: return an int or a float."


# -- the comparison ------------------------------------------------------------


class _Stop(Exception):
    """A difference in structure: the walk ends where it was met."""


class Walk:
    """Compares two values, remembering the first difference and counting differing numbers."""

    def __init__(self, rel_tol: float, abs_tol: float) -> None:
        self.rel_tol = rel_tol
        self.abs_tol = abs_tol
        self.first: tuple[str, str] | None = None  # (path, text)
        self.hint: str | None = None
        self.structural = False
        self.leaves = 0
        self.differ = 0
        self.max_abs: float | None = None

    @property
    def ok(self) -> bool:
        return self.first is None

    def run(self, expected: Any, actual: Any) -> None:
        try:
            self.compare(expected, actual, "")
        except _Stop:
            pass

    def message(self) -> str:
        assert self.first is not None, "message() is only asked for after a difference"
        path, text = self.first
        out = f"at {path}: {text}" if path else text
        if not self.structural and self.leaves > 1:
            out += f"; {self.differ} of {self.leaves} elements differ"
            if self.max_abs is not None:
                out += f"; max abs difference {self.max_abs:.2g}"
        return out

    # recording

    def note(self, path: str, text: str, hint: str | None = None) -> None:
        if self.first is None:
            self.first = (path, text)
            self.hint = hint

    def stop(self, path: str, text: str, hint: str | None = None) -> NoReturn:
        self.structural = True  # counts past this point would be partial: leave them out
        self.note(path, text, hint)
        raise _Stop

    # walking

    def compare(self, expected: Any, actual: Any, path: str) -> None:
        e_kind, e_val = view(expected)
        a_kind, a_val = view(actual)
        if e_kind == "array":
            self.compare_array(e_val, a_kind, a_val, actual, path)
        elif e_kind == "seq":
            self.compare_seq(e_val, a_kind, a_val, actual, path)
        elif e_kind in ("number", "bool"):
            if a_kind == "array" and tuple(a_val[0]) == ():
                a_kind, a_val = view(a_val[1])
            self.compare_leaf(e_kind, e_val, a_kind, a_val, actual, path)
        elif e_kind == "none":
            if a_kind != "none":
                self.stop(path, f"expected None, got {_describe(actual)}")
        elif e_kind == "dict":
            self.compare_dict(e_val, a_kind, a_val, actual, path)
        elif a_kind != e_kind or e_val != a_val:  # strings and anything else: plain equality
            self.stop(path, f"expected {_short(expected)}, got {_describe(actual)}")

    def compare_array(self, e_val: Any, a_kind: str, a_val: Any, actual: Any, path: str) -> None:
        e_shape, e_data = e_val
        if a_kind == "array":
            a_shape, a_data = a_val
            if tuple(a_shape) != tuple(e_shape):
                self.stop(path, f"shape differs: expected {_shape_str(e_shape)}, got {_shape_str(a_shape)}")
            return self.compare_data(e_data, a_data, path)
        if a_kind == "seq":
            a_shape = _infer_shape(list(a_val))
            if a_shape is None:
                self.stop(path, f"expected an array of shape {_shape_str(e_shape)}, got a ragged nested list")
            if tuple(a_shape) != tuple(e_shape):
                self.stop(path, f"shape differs: expected {_shape_str(e_shape)}, got a list of shape {_shape_str(a_shape)}")
            return self.compare_data(e_data, list(a_val), path)
        if a_kind in ("number", "bool") and tuple(e_shape) == ():
            return self.compare_data(e_data, a_val, path)
        self.stop(path, f"expected an array of shape {_shape_str(e_shape)}, got {_describe(actual)}")

    def compare_seq(self, e_val: Any, a_kind: str, a_val: Any, actual: Any, path: str) -> None:
        if a_kind == "array" and tuple(a_val[0]) != ():
            a_items = list(a_val[1])
        elif a_kind == "seq":
            a_items = list(a_val)
        else:
            self.stop(path, f"expected a list of length {len(e_val)}, got {_describe(actual)}")
        if len(a_items) != len(e_val):
            self.stop(path, f"expected a list of length {len(e_val)}, got length {len(a_items)}")
        for i, (e, a) in enumerate(zip(e_val, a_items)):
            self.compare(e, a, f"{path}[{i}]")

    def compare_dict(self, e_val: Any, a_kind: str, a_val: Any, actual: Any, path: str) -> None:
        if a_kind != "dict":
            self.stop(path, f"expected a dict, got {_describe(actual)}")
        e_keys, a_keys = set(e_val), set(a_val)
        if e_keys != a_keys:
            missing = sorted(map(repr, e_keys - a_keys))
            extra = sorted(map(repr, a_keys - e_keys))
            parts = []
            if missing:
                parts.append("missing keys " + ", ".join(missing))
            if extra:
                parts.append("unexpected keys " + ", ".join(extra))
            self.stop(path, "dict keys differ: " + "; ".join(parts))
        for key in sorted(e_val, key=repr):
            self.compare(e_val[key], a_val[key], f"{path}[{key!r}]")

    def compare_data(self, e_data: Any, a_data: Any, path: str) -> None:
        """Array contents whose shapes already agree: nested lists of leaves."""
        if isinstance(e_data, list) and isinstance(a_data, (list, tuple)):
            if len(e_data) != len(a_data):  # shapes agree, so only a bug gets here: never a silent prefix
                self.stop(path, f"expected {len(e_data)} elements, got {len(a_data)}")
            for i, (e, a) in enumerate(zip(e_data, a_data)):
                self.compare_data(e, a, f"{path}[{i}]")
            return
        self.compare(e_data, a_data, path)

    def compare_leaf(self, e_kind: str, e: Any, a_kind: str, a: Any, actual: Any, path: str) -> None:
        self.leaves += 1
        if e_kind == "bool":
            if a_kind != "bool":
                self.differ += 1
                self.stop(path, f"expected {e!r} (bool), got {_describe(actual)}")
            if a is not e:
                self.differ += 1
                self.note(path, f"expected {e!r}, got {a!r}")
            return
        # e is a number
        if a_kind == "bool":
            self.differ += 1
            self.stop(path, f"expected {_fmt(e)}, got {a!r} (a bool is not a number)", BOOL_HINT)
        if a_kind != "number":
            self.differ += 1
            self.stop(path, f"expected {_fmt(e)}, got {_describe(actual)}")
        if _matches(e, a, self.rel_tol, self.abs_tol):
            return
        self.differ += 1
        e_text, a_text = _fmt_pair(e, a)
        if _is_nan(e) or _is_nan(a):
            self.note(path, f"expected {e_text}, got {a_text} (NaN never equals anything)", NAN_HINT)
            return
        if _is_inf(e) or _is_inf(a):
            self.note(path, f"expected {e_text}, got {a_text}")
            return
        diff = _abs_diff(e, a)
        self.max_abs = diff if self.max_abs is None else max(self.max_abs, diff)
        tol = _tolerance(e, self.rel_tol, self.abs_tol)
        self.note(path, f"expected {e_text}, got {a_text} (difference {diff:.2g} exceeds tolerance {tol:.2g})")


# -- numbers -------------------------------------------------------------------


def _is_nan(x: Any) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _is_inf(x: Any) -> bool:
    return isinstance(x, float) and math.isinf(x)


def _tolerance(e: Any, rel_tol: float, abs_tol: float) -> float:
    try:
        return max(abs_tol, rel_tol * abs(float(e)))
    except OverflowError:
        return math.inf


def _abs_diff(e: Any, a: Any) -> float:
    try:
        return float(abs(a - e))
    except OverflowError:
        return math.inf


def _matches(e: Any, a: Any, rel_tol: float, abs_tol: float) -> bool:
    if isinstance(e, int) and isinstance(a, int):
        if a == e:
            return True
        diff = abs(a - e)  # exact, whatever the ints' size (a float of a wide one overflows)
        return diff <= abs_tol or diff <= Fraction(rel_tol) * abs(e)
    try:
        e, a = float(e), float(a)
    except OverflowError:
        return False
    if math.isnan(e) or math.isnan(a):
        return False
    if math.isinf(e) or math.isinf(a):
        return e == a
    return abs(a - e) <= max(abs_tol, rel_tol * abs(e))


def _fmt(x: Any) -> str:
    if isinstance(x, bool):
        return repr(x)
    if isinstance(x, int):
        return values.int_text(x)  # str() refuses ints over 4,300 digits
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return format(x, ".6g")
    return repr(x)


def _fmt_pair(e: Any, a: Any) -> tuple[str, str]:
    """Both numbers shown with 6 significant digits, or in full when that hides the difference."""
    e_text, a_text = _fmt(e), _fmt(a)
    if e_text == a_text and not values.is_wide(e) and not values.is_wide(a):
        return repr(e), repr(a)
    return e_text, a_text


# -- views of values -----------------------------------------------------------


def is_tuple(value: Any) -> bool:
    return isinstance(value, tuple) or (isinstance(value, Mapping) and "__tuple__" in value)


def is_seq(value: Any) -> bool:
    return view(value)[0] == "seq"


def seq_items(value: Any) -> list[Any]:
    return list(view(value)[1])


def _infer_shape(data: Any) -> tuple[int, ...] | None:
    return values.array_shape(data)


def _shape_str(shape: Any) -> str:
    shape = tuple(shape)
    return repr(shape)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _describe(value: Any) -> str:
    kind, payload = view(value)
    if kind == "none":
        return "None"
    if kind == "bool":
        return f"{payload!r} (bool)"
    if kind == "number":
        return _fmt(payload)
    if kind == "str":
        return f"the string {_short(payload)}"
    if kind == "seq":
        return f"a {'tuple' if is_tuple(value) else 'list'} of length {len(payload)}"
    if kind == "array":
        return f"an array of shape {_shape_str(payload[0])}"
    if kind == "dict":
        return "a dict"
    if kind == "unsupported":
        return f"an object of type {value['__unsupported__']}"
    if kind == "set":
        return "a set"
    return f"an object of type {type(value).__name__}"
