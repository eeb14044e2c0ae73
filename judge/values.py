"""The one judge-side codec for tagged values: rebuild, view, show.

Values cross the protocol as JSON. JSON has no tuples, arrays, sets or dicts with
non-string keys, so the harness (child side, ``judge.sandbox.harness.codec.encode``, its
mirror image in the standard library only) tags them:

- ``{"__tuple__": [...]}`` a tuple;
- ``{"__ndarray__": data, "shape": [...], "dtype": "..."}`` a NumPy array, ``data``
  being plain nested lists (a bare number for a 0-d array). Case files write
  ``{"__ndarray__": data}`` alone: the shape is the nesting of ``data``;
- ``{"__dict__": [[key, value], ...]}`` a dict (keys may be any value);
- ``{"__set__": [...]}`` a set; ``{"__unsupported__": type name, "repr": text}``
  any other object (never equal to anything expected);
- ``{"__int__": "-1f..."}`` an int wider than ``INT_TAG_BITS``, in hexadecimal: Python
  refuses to write or read more than 4,300 decimal digits, and converting them is
  quadratic, while hexadecimal converts in linear time both ways. :func:`rebuild` turns
  it into an int; case files may use it for such answers and arguments too.

An int too wide to show in decimal is shown by its size and last digits
(:func:`int_text`), in checker messages and reports alike.

Nothing in a tag is believed. :func:`rebuild` re-derives an array's shape from the
nesting of its data and its dtype kind from the leaves, and refuses a reply whose
claims disagree (an empty list claiming shape (2, 3), a ragged list, ints claiming
``float64``): a forged reply is the solution's fault, a Runtime Error. :func:`view`
is how every checker and report reads a value; arrays it describes carry the
inferred shape, never the claimed one.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

SHORT = 200
TAGS = {"__tuple__", "__ndarray__", "__dict__", "__set__", "__unsupported__", "__int__"}
MAX_NDIM = 64  # numpy's own limit; deeper nesting is not an array
INT_TAG_BITS = 8192  # the harness sends wider ints as {"__int__": hex} (harness.INT_TAG_BITS)
DECIMAL_BITS = 13_000  # ints up to this wide are shown in full (under str()'s 4,300-digit limit, and fast)
_HEX = re.compile(r"-?[0-9a-f]+")


_SCALARS = {type(None), bool, int, float, str}


class Malformed(ValueError):
    """A value from the child that breaks the wire format or lies about itself."""


# -- rebuilding what the child sent ----------------------------------------------------


def rebuild(value: Any) -> Any:
    """A value from a reply, checked against the wire format; arrays carry the judge's shape.

    Raises :class:`Malformed` for a tag the harness never writes, an array whose
    claimed shape or dtype disagrees with its data, or a ragged array.
    """
    kind = type(value)
    if value is None or kind in (bool, int, float, str):
        return value
    if kind is list:
        if set(map(type, value)) <= _SCALARS:  # a flat list (a stream's millions of outputs) at C speed
            return value
        return [rebuild(v) for v in value]
    if kind is not dict:
        raise Malformed(f"a value of type {kind.__name__} is not part of the protocol")
    if set(value) == {"__tuple__"} and type(value["__tuple__"]) is list:
        return {"__tuple__": [rebuild(v) for v in value["__tuple__"]]}
    if set(value) == {"__set__"} and type(value["__set__"]) is list:
        return {"__set__": [rebuild(v) for v in value["__set__"]]}
    if set(value) == {"__dict__"} and type(value["__dict__"]) is list:
        pairs = value["__dict__"]
        if any(type(p) is not list or len(p) != 2 for p in pairs):
            raise Malformed("a dict must be sent as [key, value] pairs")
        return {"__dict__": [[rebuild(k), rebuild(v)] for k, v in pairs]}
    if set(value) == {"__int__"}:
        return wide_int(value["__int__"])
    if set(value) == {"__unsupported__", "repr"}:
        return {"__unsupported__": str(value["__unsupported__"])[:200], "repr": str(value["repr"])[:200]}
    if set(value) == {"__ndarray__", "shape", "dtype"}:
        return _rebuild_array(value)
    raise Malformed(f"unknown tagged value with keys {sorted(map(str, value))[:5]}")


def wide_int(text: Any) -> int:
    """The int a ``{"__int__": text}`` tag holds: lowercase hexadecimal digits, a leading ``-`` for a
    negative one. Read in linear time, so its size is bounded only by the reply's (``FRAME_CAP``)."""
    if type(text) is not str or not _HEX.fullmatch(text):
        raise Malformed("an int tag must hold lowercase hexadecimal digits")
    return int(text, 16)


def untagged_ints(value: Any) -> Any:
    """``value`` (a case file's JSON, a reference's encoded answer) with each ``{"__int__": hex}`` tag
    read as the int it holds."""
    if type(value) is list and set(map(type, value)) <= _SCALARS:  # a flat list, at C speed
        return value
    if isinstance(value, list):
        return [untagged_ints(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"__int__"}:
            return wide_int(value["__int__"])
        return {k: untagged_ints(v) for k, v in value.items()}
    return value


def _rebuild_array(value: dict[str, Any]) -> dict[str, Any]:
    data, claimed, dtype = value["__ndarray__"], value["shape"], value["dtype"]
    if type(claimed) is not list or any(type(d) is not int or d < 0 for d in claimed) or type(dtype) is not str:
        raise Malformed("an array's shape must be a list of non-negative ints and its dtype a string")
    data = rebuild(data)
    shape = array_shape(data)
    if shape is None:
        raise Malformed(f"an array claiming shape {tuple(claimed)} holds a ragged nested list")
    if not _shape_agrees(shape, tuple(claimed)):
        raise Malformed(f"an array claims shape {tuple(claimed)} but its data has shape {shape}")
    leaves = _leaf_kinds(data)
    if not _dtype_agrees(dtype, leaves):
        raise Malformed(f"an array claims dtype {dtype} but holds {', '.join(sorted(leaves))} values")
    return {"__ndarray__": data, "shape": list(claimed), "dtype": dtype}


def _shape_agrees(inferred: tuple[int, ...], claimed: tuple[int, ...]) -> bool:
    """Equal shapes; or, when the data is empty at its deepest level, a claim that extends it
    (``tolist()`` of a (0, 3) array is ``[]``: the dimensions past the empty one hold nothing)."""
    if inferred == claimed:
        return True
    return bool(inferred) and inferred[-1] == 0 and claimed[: len(inferred)] == inferred


def _leaf_kinds(data: Any) -> set[str]:
    if type(data) is list:
        kinds: set[str] = set()
        for item in data:
            kinds |= _leaf_kinds(item)
        return kinds
    return {type_name(data)}


def _dtype_agrees(dtype: str, leaves: set[str]) -> bool:
    """Does the claimed dtype admit these leaf types? (Unknown dtypes admit only what
    cannot pass for a number: a float checker never compares them as numbers.)"""
    if not leaves or dtype == "object":  # an object array holds whatever its elements are
        return True
    if dtype == "bool":
        return leaves == {"bool"}
    if dtype.startswith(("int", "uint")):
        return leaves == {"int"}
    if dtype.startswith("float"):
        return leaves == {"float"}
    return not leaves & {"bool", "int", "float"}


def array_shape(data: Any) -> tuple[int, ...] | None:
    """The shape of a rectangular nested list (tuples count as lists), or None if ragged."""
    if isinstance(data, dict) and set(data) == {"__tuple__"}:
        data = data["__tuple__"]
    if not isinstance(data, (list, tuple)):
        return ()
    if not data:
        return (0,)
    first = array_shape(data[0])
    if first is None or len(first) >= MAX_NDIM:
        return None
    for item in data[1:]:
        if array_shape(item) != first:
            return None
    return (len(data),) + first


# -- reading a value -------------------------------------------------------------------


def view(value: Any) -> tuple[str, Any]:
    """Classify a value as (kind, payload); the one place tags are read on the judge's side.

    kinds: ``none``, ``bool``, ``number``, ``str``, ``seq`` (payload: the items),
    ``array`` (payload: (shape inferred from the data, data)), ``dict`` (payload: a
    plain dict), ``set`` and ``unsupported`` and ``other`` (payload: the value).
    A real NumPy array (a reference's output in the judge's process) is read through
    the base class's own accessors.
    """
    if value is None:
        return "none", None
    if isinstance(value, bool):
        return "bool", value
    if isinstance(value, (int, float)):
        return "number", value
    if isinstance(value, str):
        return "str", value
    if isinstance(value, (list, tuple)):
        return "seq", value
    if isinstance(value, dict):
        return _view_tagged(value)
    return _view_numpy(value)


def _view_tagged(value: dict[str, Any]) -> tuple[str, Any]:
    if "__ndarray__" in value:
        data = value["__ndarray__"]
        shape = array_shape(data)
        if shape is None:  # only a case file can hold this; a reply was rebuilt
            return "other", value
        return "array", (shape, data)
    if "__tuple__" in value:
        return "seq", list(value["__tuple__"])
    if "__dict__" in value:
        try:
            return "dict", {hashable(k): v for k, v in value["__dict__"]}
        except TypeError:
            return "other", value
    if "__set__" in value:
        return "set", value
    if "__unsupported__" in value:
        return "unsupported", value
    return "dict", dict(value)


def _view_numpy(value: Any) -> tuple[str, Any]:
    import sys

    numpy = sys.modules.get("numpy")
    if numpy is None:
        return "other", value
    if isinstance(value, numpy.generic):
        return view(numpy.generic.item(value))
    if isinstance(value, numpy.ndarray):
        base = numpy.ndarray.view(value, numpy.ndarray)
        data = numpy.ndarray.tolist(base)
        return ("array", (tuple(base.shape), data)) if base.ndim else view(data)
    return "other", value


def hashable(key: Any) -> Any:
    """A dict key from the wire as a Python key: tuples (tagged or as lists) become tuples."""
    if isinstance(key, dict) and "__tuple__" in key:
        return tuple(hashable(k) for k in key["__tuple__"])
    if isinstance(key, list):
        return tuple(hashable(k) for k in key)
    return key


def plain(value: Any) -> Any:
    """Undo the wire tags that only mark a Python type: a tuple becomes a list."""
    if isinstance(value, list):
        if set(map(type, value)) <= _SCALARS:  # nothing inside to undo (a list of 10^5 strings): a copy
            return list(value)
        return [plain(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"__tuple__"}:
            return [plain(v) for v in value["__tuple__"]]
        return {k: plain(v) for k, v in value.items()}
    return value


def type_name(value: Any) -> str:
    """The user-facing type of a decoded value (what a returned object was)."""
    if isinstance(value, dict):
        if "__unsupported__" in value:
            return str(value["__unsupported__"])
        if "__ndarray__" in value:
            return "ndarray"
        if "__dict__" in value:
            return "dict"
        if "__set__" in value:
            return "set"
    return {bool: "bool", int: "int", float: "float", str: "str", list: "list", type(None): "None"}.get(type(value), "dict")


# -- showing a value -------------------------------------------------------------------


def is_wide(value: Any) -> bool:
    """An int too wide to write in decimal here (``str()`` refuses past 4,300 digits and is quadratic)."""
    return type(value) is int and value.bit_length() > DECIMAL_BITS


def int_text(value: int) -> str:
    """An int in decimal, or, when it is too wide for that, its size and its last 12 digits (both found
    in linear time): ``<int of about 10,000,001 digits: ...000000000000>``."""
    if value.bit_length() <= DECIMAL_BITS:
        return str(value)
    digits = int(value.bit_length() * math.log10(2)) + 1  # the true count or one more
    sign = "-" if value < 0 else ""
    return f"<int of about {digits:,} digits: {sign}...{abs(value) % 10**12:012d}>"


def narrowed(value: Any) -> Any:
    """``value`` with every int too wide for decimal replaced by :func:`int_text` (so it can be
    written as JSON or text); the value itself when it holds none (checked without copying)."""
    if is_wide(value):
        return int_text(value)
    if isinstance(value, (list, tuple)):
        items = [narrowed(v) for v in value]
        return value if all(a is b for a, b in zip(items, value)) else type(value)(items)
    if isinstance(value, dict):
        pairs = {k: narrowed(v) for k, v in value.items()}
        return value if all(pairs[k] is v for k, v in value.items()) else pairs
    return value


def _json(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=repr)
    except ValueError:  # an int over str()'s limit inside: walk the value only then
        return json.dumps(narrowed(value), ensure_ascii=False, default=repr)


def show(value: Any, limit: int = SHORT) -> str:
    """A readable, bounded rendering: long strings and lists keep their head and tail."""
    if type(value) is int:
        return _middle(int_text(value), limit)
    if isinstance(value, dict):
        if "__unsupported__" in value:
            return f"<{value['__unsupported__']} object>"
        if "__ndarray__" in value:
            shape = array_shape(value["__ndarray__"])
            suffix = f", shape {'x'.join(map(str, shape))}" if shape else ""
            return f"array({show(value['__ndarray__'], limit)}{suffix})"
        if set(value) == {"__tuple__"}:
            return "(" + show(value["__tuple__"], limit)[1:-1] + ")"
    if isinstance(value, str):
        return _middle(json.dumps(value, ensure_ascii=False), limit) + (f"  (length {len(value):,})" if len(value) > limit else "")
    tagged = isinstance(value, list) and any(isinstance(v, dict) for v in value)
    if isinstance(value, list) and (tagged or len(_json(value)) > limit):
        if len(value) <= 12:
            budget = max(20, limit // len(value))
            return "[" + ", ".join(show(v, budget) for v in value) + "]"
        head = ", ".join(show(v, 30) for v in value[:8])
        tail = ", ".join(show(v, 30) for v in value[-4:])
        return f"[{head}, ... {tail}]  (length {len(value):,})"
    return _middle(_json(value), limit)


def _middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit // 2 - 3
    return f"{text[:keep]} ... {text[-keep:]}"


def first_difference(expected: Any, actual: Any) -> str:
    """Where two outputs first differ, in words ("differs at index 7: expected 'b', got 'a'").

    Lengths are compared before elements, so a shorter output is never read as a prefix match.
    """
    if type_name(expected) != type_name(actual):
        return f"has the wrong type: expected {type_name(expected)}, got {type_name(actual)} ({show(actual, 60)})"
    if isinstance(expected, (str, list)):
        for index in range(min(len(expected), len(actual))):
            e, a = expected[index], actual[index]
            if e != a or type(e) is not type(a):
                return f"differs at index {index}: expected {show(e, 60)}, got {show(a, 60)}"
        if len(expected) != len(actual):
            return f"has length {len(actual):,}, expected {len(expected):,}"
    return f"differs: expected {show(expected, 80)}, got {show(actual, 80)}"


def show_step(step: dict[str, Any], limit: int = 80) -> str:
    """One step of an object-kind case, as code: ``new(4)``, ``.weight``, ``.forward(array(...))``.

    The one rendering of a step, for reports and for checker messages alike; each
    value is shortened to ``limit`` characters.
    """
    if "new" in step:
        return "new(" + ", ".join(show(a, limit) for a in step["new"]) + ")"
    if "call" in step:
        return f".{step['call']}(" + ", ".join(show(a, limit) for a in step.get("args", [])) + ")"
    if "get" in step:
        return f".{step['get']}"
    return f".{step.get('set')} = {show(step.get('value'), limit)}"
