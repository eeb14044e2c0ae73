"""The ``float`` checker: numbers equal within a tolerance, through lists, tuples and arrays.

Used by problems whose answers are floating-point numbers (metrics, NumPy layers).
``config`` is the problem's ``[checker]`` table:

- ``rel_tol`` (float, default ``1e-6``) and ``abs_tol`` (float, default ``1e-6``).
  An actual number ``a`` matches an expected number ``e`` when
  ``|a - e| <= max(abs_tol, rel_tol * |e|)``: the relative part is taken from the
  *expected* value only, and ``abs_tol`` is the floor that lets values near zero
  match. Two ints are subtracted exactly (no rounding through float).

The judge adds two keys of its own in ``object`` mode:

- ``mode`` (``"object"``): ``expected`` and ``actual`` are then lists with one entry
  per step, and a mismatch names the step ("step 3, forward(<array 2x4>): ...");
- ``steps`` (the case's ``args``, optional): used only to name the steps.

How values compare:

- ``int`` and ``float`` are numbers and compare with the tolerance; ``bool`` is not a
  number (``True`` does not match ``1``, nor ``1.0`` ``True``); bools match only the
  same bool.
- NaN never matches anything, not even an expected NaN; ``inf`` matches only the same
  ``inf``.
- Lists and tuples compare element by element, and a tuple matches a list with the
  same elements (tuples may arrive as Python tuples or tagged ``{"__tuple__": [...]}``).
- Arrays are tagged ``{"__ndarray__": data, ...}`` (see ``judge.values``). An array's
  shape is always read from the nesting of ``data``, never from a ``shape`` claim
  (the judge has already refused a reply whose claim disagrees with its data).
  Arrays compare first by shape
  ("shape differs: expected (2, 3), got (3, 2)"), then element by element; the dtype
  is ignored. An actual plain nested list is accepted for an expected array when its
  nesting has the expected shape, and an actual array for an expected list when its
  elements match. (A real ``numpy.ndarray`` is also understood, read through the
  base class's own accessors, without importing NumPy here.)
- Lengths are compared before elements everywhere: nothing is compared through a
  silently shorter ``zip``.
- ``None`` and strings compare with ``==``; dicts by keys, then values.

The message names the first differing element by its index path and, when more than
one number was compared, how many differ and the largest absolute difference:
``at [1][2]: expected 0.57735, got 0.5 (difference 0.077 exceeds tolerance 5.8e-06);
12 of 24 elements differ; max abs difference 0.41``. A difference in structure
(length, shape, type) is reported where it is met and ends the comparison.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, NoReturn

from judge import values
from judge.checkers.base import Mismatch

_view = values.view  # the one reader of tagged values; array shapes come from the data

DEFAULT_REL_TOL = 1e-6
DEFAULT_ABS_TOL = 1e-6

NAN_HINT = "NaN never compares equal: look for 0/0, a square root of a negative number, or a missing epsilon."
BOOL_HINT = "True/False is not a number here: return an int or a float."


def check(expected: Any, actual: Any, *, config: Mapping[str, Any]) -> Mismatch | None:
    """None when ``actual`` matches ``expected`` within the tolerance, else a Mismatch."""
    rel_tol = float(config.get("rel_tol", DEFAULT_REL_TOL))
    abs_tol = float(config.get("abs_tol", DEFAULT_ABS_TOL))
    if config.get("mode") == "object" and isinstance(expected, list) and _is_seq(actual):
        return _check_steps(expected, _seq_items(actual), config.get("steps"), rel_tol, abs_tol)
    walk = _Walk(rel_tol, abs_tol)
    walk.run(expected, actual)
    if walk.ok:
        return None
    return Mismatch(walk.message(), walk.hint)


# -- object mode ---------------------------------------------------------------


def _check_steps(expected, actual, steps, rel_tol, abs_tol):
    if len(actual) != len(expected):
        return Mismatch(f"expected results for {len(expected)} steps, got {len(actual)}")
    for index, (want, got) in enumerate(zip(expected, actual)):
        walk = _Walk(rel_tol, abs_tol)
        walk.run(want, got)
        if not walk.ok:
            step = steps[index] if isinstance(steps, list) and index < len(steps) else None
            label = _step_label(step)
            where = f"step {index + 1}, {label}" if label else f"step {index + 1}"
            return Mismatch(f"{where}: {walk.message()}", walk.hint)
    return None


def _step_label(step) -> str:
    if not isinstance(step, Mapping):
        return ""
    if "new" in step:
        return f"new({_summary_args(step.get('new'))})"
    if "call" in step:
        return f"{step['call']}({_summary_args(step.get('args', []))})"
    if "get" in step:
        return f"get {step['get']}"
    if "set" in step:
        return f"set {step['set']}"
    return ""


def _summary_args(args) -> str:
    if not isinstance(args, list):
        return _summary(args)
    text = ", ".join(_summary(a) for a in args)
    return text if len(text) <= 60 else text[:57] + "..."


def _summary(value) -> str:
    kind, payload = _view(value)
    if kind == "array":
        shape, _ = payload
        return "<array " + ("x".join(str(d) for d in shape) or "scalar") + ">"
    if kind == "seq":
        text = repr(tuple(payload)) if _is_tuple(value) else repr(list(payload))
    else:
        text = repr(value)
    return text if len(text) <= 30 else text[:27] + "..."


# -- the comparison ------------------------------------------------------------


class _Stop(Exception):
    """A difference in structure: the walk ends where it was met."""


class _Walk:
    """Compares two values, remembering the first difference and counting differing numbers."""

    def __init__(self, rel_tol: float, abs_tol: float):
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

    def run(self, expected, actual) -> None:
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

    def compare(self, expected, actual, path: str) -> None:
        e_kind, e_val = _view(expected)
        a_kind, a_val = _view(actual)

        if e_kind == "array":
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

        if e_kind == "seq":
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
            return None

        if e_kind in ("number", "bool"):
            if a_kind == "array" and tuple(a_val[0]) == ():
                a_kind, a_val = _view(a_val[1])
            return self.compare_leaf(e_kind, e_val, a_kind, a_val, actual, path)

        if e_kind == "none":
            if a_kind != "none":
                self.stop(path, f"expected None, got {_describe(actual)}")
            return None

        if e_kind == "dict":
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
            return None

        # strings and anything else: plain equality
        if a_kind != e_kind or e_val != a_val:
            self.stop(path, f"expected {_short(expected)}, got {_describe(actual)}")
        return None

    def compare_data(self, e_data, a_data, path: str) -> None:
        """Array contents whose shapes already agree: nested lists of leaves."""
        if isinstance(e_data, list) and isinstance(a_data, (list, tuple)):
            if len(e_data) != len(a_data):  # shapes agree, so only a bug gets here: never a silent prefix
                self.stop(path, f"expected {len(e_data)} elements, got {len(a_data)}")
            for i, (e, a) in enumerate(zip(e_data, a_data)):
                self.compare_data(e, a, f"{path}[{i}]")
            return
        self.compare(e_data, a_data, path)

    def compare_leaf(self, e_kind, e, a_kind, a, actual, path: str) -> None:
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


def _is_nan(x) -> bool:
    return isinstance(x, float) and math.isnan(x)


def _is_inf(x) -> bool:
    return isinstance(x, float) and math.isinf(x)


def _tolerance(e, rel_tol: float, abs_tol: float) -> float:
    try:
        return max(abs_tol, rel_tol * abs(float(e)))
    except OverflowError:
        return math.inf


def _abs_diff(e, a) -> float:
    try:
        return float(abs(a - e))
    except OverflowError:
        return math.inf


def _matches(e, a, rel_tol: float, abs_tol: float) -> bool:
    if isinstance(e, int) and isinstance(a, int):
        if a == e:
            return True
        diff = abs(a - e)  # exact
        return diff <= abs_tol or diff <= rel_tol * abs(e)
    try:
        e, a = float(e), float(a)
    except OverflowError:
        return False
    if math.isnan(e) or math.isnan(a):
        return False
    if math.isinf(e) or math.isinf(a):
        return e == a
    return abs(a - e) <= max(abs_tol, rel_tol * abs(e))


def _fmt(x) -> str:
    if isinstance(x, bool):
        return repr(x)
    if isinstance(x, int):
        return str(x)
    if isinstance(x, float):
        if math.isnan(x):
            return "nan"
        if math.isinf(x):
            return "inf" if x > 0 else "-inf"
        return format(x, ".6g")
    return repr(x)


def _fmt_pair(e, a) -> tuple[str, str]:
    """Both numbers shown with 6 significant digits, or in full when that hides the difference."""
    e_text, a_text = _fmt(e), _fmt(a)
    if e_text == a_text:
        return repr(e), repr(a)
    return e_text, a_text


# -- views of values -----------------------------------------------------------


def _is_tuple(value) -> bool:
    return isinstance(value, tuple) or (isinstance(value, Mapping) and "__tuple__" in value)


def _is_seq(value) -> bool:
    return _view(value)[0] == "seq"


def _seq_items(value) -> list:
    return list(_view(value)[1])


def _infer_shape(data) -> tuple[int, ...] | None:
    return values.array_shape(data)


def _shape_str(shape) -> str:
    shape = tuple(shape)
    return repr(shape)


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _describe(value) -> str:
    kind, payload = _view(value)
    if kind == "none":
        return "None"
    if kind == "bool":
        return f"{payload!r} (bool)"
    if kind == "number":
        return _fmt(payload)
    if kind == "str":
        return f"the string {_short(payload)}"
    if kind == "seq":
        return f"a {'tuple' if _is_tuple(value) else 'list'} of length {len(payload)}"
    if kind == "array":
        return f"an array of shape {_shape_str(payload[0])}"
    if kind == "dict":
        return "a dict"
    if kind == "unsupported":
        return f"an object of type {value['__unsupported__']}"
    if kind == "set":
        return "a set"
    return f"an object of type {type(value).__name__}"
