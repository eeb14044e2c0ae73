"""Values across the pipe: a solution's return values rebuilt from exact built-in types, and
the tagged JSON of a case's arguments turned back into the objects a solution receives.

Values crossing back are rebuilt from exact built-in types only (a ``str`` subclass
with a lying ``__eq__`` arrives as a plain ``str``); NumPy arrays are tagged
``{"__ndarray__": data, "shape": [...], "dtype": "..."}``, tuples ``{"__tuple__": [...]}``, and ints
wider than ``INT_TAG_BITS`` ``{"__int__": hex}`` (both ways: Python refuses more than 4,300
decimal digits, and converting them is quadratic; hexadecimal is linear). The judge's
reading of them is ``judge.values.rebuild``.
"""

import base64
import sys

MAX_ELEMENTS = 20_000_000
MAX_DEPTH = 200  # nesting of a reply's JSON; the judge refuses deeper replies
VALUE_DEPTH = 64  # nesting of a returned value: a dict takes three levels of JSON, 3 * 64 < MAX_DEPTH
INT_TAG_BITS = 8192  # wider ints travel as {"__int__": hex}: str() refuses over 4,300 digits, and is quadratic


class OutputTooLarge(Exception):
    """A return value too large to send back."""


def encode(value, budget=None, depth=0):
    """Rebuild ``value`` from exact built-in types, ready for JSON.

    Types are read with ``type(value)``, never ``isinstance`` (an object whose
    ``__class__`` property claims to be a list or an ndarray is still what it is), and
    contents through the base classes' own C-level methods, never through methods a
    subclass could override.
    """
    if budget is None:
        budget = [MAX_ELEMENTS]
    budget[0] -= 1
    if budget[0] < 0:
        raise OutputTooLarge("the returned value has more than %d elements" % MAX_ELEMENTS)
    if depth > VALUE_DEPTH:
        raise OutputTooLarge("the returned value is nested more than %d levels deep" % VALUE_DEPTH)
    depth += 1
    kind = type(value)
    if value is None or kind is bool or kind is float:
        return value
    if kind is int:
        return value if value.bit_length() <= INT_TAG_BITS else wide_int(value, budget)
    if kind is str:
        budget[0] -= len(value) // 16
        return value
    if issubclass(kind, bool):
        return bool.__bool__(value)
    if issubclass(kind, int):
        return encode(int.__index__(value), budget, depth - 1)
    if issubclass(kind, float):
        return float.__float__(value)
    if issubclass(kind, str):
        return encode(str.__str__(value), budget, depth - 1)
    if issubclass(kind, list):
        flat = flat_copy(value, budget) if kind is list else None
        if flat is not None:
            return flat
        return [encode(list.__getitem__(value, i), budget, depth) for i in range(list.__len__(value))]
    if issubclass(kind, tuple):
        items = [encode(tuple.__getitem__(value, i), budget, depth) for i in range(tuple.__len__(value))]
        return {"__tuple__": items}
    array = encode_numpy(value, kind, budget, depth)
    if array is not None:
        return array
    if issubclass(kind, dict):
        return {"__dict__": [[encode(k, budget, depth), encode(v, budget, depth)] for k, v in dict.items(value)]}
    if issubclass(kind, (set, frozenset)):
        return {"__set__": sorted((encode(v, budget, depth) for v in value), key=repr)}
    try:
        shown = object.__repr__(value)
    except Exception:
        shown = "?"
    return {"__unsupported__": kind.__name__, "repr": shown[:200]}


SCALARS = frozenset((str, float, bool, type(None), int))  # exact types that run no code of the solution's


def flat_copy(value, budget):
    """A copy of an exact list whose items are all exact scalars (no int too wide for decimal JSON), with
    its types checked at C speed; None for any other list, which ``encode`` rebuilds item by item. Exact
    built-in scalars run no code of the solution's, so the copy is what item by item would give. The
    budget is charged the list's length plus its strings' total length / 16 (item by item rounds each
    string's share down, so never more)."""
    types = set(map(type, value))
    if not types <= SCALARS:
        return None
    if int in types:
        if types <= {int, bool}:
            widest = max(int.bit_length(max(value)), int.bit_length(min(value))) if value else 0
        else:
            widest = max(int.bit_length(item) for item in value if type(item) is int)
        if widest > INT_TAG_BITS:
            return None
    strings = value if types == {str} else [item for item in value if type(item) is str] if str in types else ()
    text = sum(map(len, strings))
    budget[0] -= len(value) + text // 16
    if budget[0] < 0:
        raise OutputTooLarge("the returned value has more than %d elements" % MAX_ELEMENTS)
    return list.copy(value)


def wide_int(value, budget):
    """An int too wide for decimal JSON, in hexadecimal (linear both ways; the judge reads it back)."""
    text = format(value, "x")
    budget[0] -= len(text) // 16
    if budget[0] < 0:
        raise OutputTooLarge("the returned int has %d hexadecimal digits" % len(text))
    return {"__int__": text}


def encode_outputs(outputs):
    """A stream's outputs, ready for JSON: the list as it is when every output is an exact
    ``int`` narrow enough for decimal JSON (checked at C speed: ``encode`` would spend a
    Python call on each of 157,500), else through ``encode``. The judge validates every
    output either way."""
    if (len(outputs) <= MAX_ELEMENTS and set(map(type, outputs)) <= {int}
            and (not outputs or max(max(outputs).bit_length(), min(outputs).bit_length()) <= INT_TAG_BITS)):
        return outputs
    return encode(outputs)


def encode_numpy(value, kind, budget, depth):
    """A NumPy array as plain nested lists (None for anything else).

    The array is read through an exact ``numpy.ndarray`` view with ndarray's own
    ``tolist``: a subclass overriding ``shape`` or ``tolist`` is not asked. The shape
    and dtype sent beside the data are only a claim; the judge infers both again.
    """
    ndarray, generic = NUMPY if NUMPY else numpy_types(sys.modules.get("numpy"))
    if ndarray is None:
        return None
    if issubclass(kind, ndarray):
        base = ndarray.view(value, ndarray)
        budget[0] -= int(base.size)
        if budget[0] < 0:
            raise OutputTooLarge("the returned array has %d elements" % base.size)
        data = ndarray.tolist(base)
        return {"__ndarray__": encode(data, budget, depth), "shape": [int(d) for d in base.shape], "dtype": str(base.dtype)}
    if issubclass(kind, generic):
        return encode(generic.item(value), budget, depth)
    return None


def numpy_types(numpy):
    """(ndarray, generic) of a NumPy module, or (None, None)."""
    ndarray = getattr(numpy, "ndarray", None) if numpy is not None else None
    generic = getattr(numpy, "generic", None) if numpy is not None else None
    if type(ndarray) is not type or type(generic) is not type:
        return None, None
    return ndarray, generic


# NumPy's array types, taken before the solution runs for problems that need NumPy
# (a solution can put a module of its own in sys.modules["numpy"]).
NUMPY: list = []  # [ndarray, generic] once a problem that needs NumPy has loaded


def decode(value):
    """Turn tagged JSON values from a case file into the Python objects a solution receives."""
    if isinstance(value, list):
        if set(map(type, value)).isdisjoint((list, dict)):  # flat (checked at C speed): a copy, as item by item
            return list.copy(value)  # gives; the judge's process decodes its own cases' lists for the reference
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "__int__" in value:
            return int(value["__int__"], 16)
        if "__ndarray__" in value:
            import numpy  # only problems whose cases hold arrays (they require NumPy)

            return numpy.array(value["__ndarray__"], dtype=value.get("dtype", "float64"))
        if "__tuple__" in value:
            return tuple(decode(v) for v in value["__tuple__"])
        return {k: decode(v) for k, v in value.items()}
    return value


def decode_draws(text):
    """A block of draws from the judge (base64, one byte per draw)."""
    return base64.b64decode(text)
