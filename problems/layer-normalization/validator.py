"""Constraints of one case: a list of steps run on one LayerNorm object.

Accepts the steps as written in the case files (arrays tagged {"__ndarray__": ...}, tuples
{"__tuple__": [...]}) and also already decoded (numpy arrays, tuples).
"""
import math

MAX_NORM_DIMS = 3
MAX_NORM_SIZE = 4096          # product of normalized_shape
MAX_EXTRA_DIMS = 3            # leading (batch-like) dimensions of x
MAX_ELEMENTS = 2 * 10**4      # elements of one input x
MAX_ABS_X = 10**4
MAX_ABS_PARAM = 100
EPS_RANGE = (1e-8, 1.0)
MAX_STEPS = 20
ATTRIBUTES = ("weight", "bias")


def _array(value, what):
    """(shape, flat list of numbers) of an array value, raw or decoded."""
    if isinstance(value, dict) and "__ndarray__" in value:
        data = value["__ndarray__"]
    elif hasattr(value, "tolist") and hasattr(value, "shape"):
        data = value.tolist()
    else:
        raise ValueError(f"{what} must be an array ({{\"__ndarray__\": ...}}), got {type(value).__name__}")
    shape = _shape(data, what)
    flat = []
    _flatten(data, flat)
    for v in flat:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise ValueError(f"{what} must hold finite numbers, found {v!r}")
    return shape, flat


def _shape(data, what):
    if not isinstance(data, list):
        return ()
    if not data:
        raise ValueError(f"{what} has an empty dimension")
    inner = [_shape(item, what) for item in data]
    if any(s != inner[0] for s in inner):
        raise ValueError(f"{what} is ragged (rows of different shapes)")
    return (len(data),) + inner[0]


def _flatten(data, out):
    if isinstance(data, list):
        for item in data:
            _flatten(item, out)
    else:
        out.append(data)


def _normalized_shape(value):
    if isinstance(value, dict) and "__tuple__" in value:
        value = value["__tuple__"]
    if isinstance(value, bool):
        raise ValueError("normalized_shape must be an int or a list/tuple of ints, got bool")
    if isinstance(value, int):
        dims = (value,)
    elif isinstance(value, (list, tuple)):
        dims = tuple(value)
        if not 1 <= len(dims) <= MAX_NORM_DIMS:
            raise ValueError(f"normalized_shape must have 1 to 3 dimensions, got {len(dims)}")
    else:
        raise ValueError(f"normalized_shape must be an int or a list/tuple of ints, got {type(value).__name__}")
    for d in dims:
        if isinstance(d, bool) or not isinstance(d, int) or d < 1:
            raise ValueError(f"every dimension of normalized_shape must be an int >= 1, got {d!r}")
    if math.prod(dims) > MAX_NORM_SIZE:
        raise ValueError(f"the product of normalized_shape must be <= 4096, got {math.prod(dims)}")
    return dims


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or not args:
        raise ValueError("args must be a non-empty list of steps")
    if len(args) > MAX_STEPS:
        raise ValueError(f"at most 20 steps per case, got {len(args)}")
    first = args[0]
    if not isinstance(first, dict) or "new" not in first:
        raise ValueError("the first step must be {\"new\": [normalized_shape, eps?]}")
    new_args = first["new"]
    if not isinstance(new_args, list) or not 1 <= len(new_args) <= 2:
        raise ValueError("new takes 1 or 2 arguments: normalized_shape, eps")
    dims = _normalized_shape(new_args[0])
    if len(new_args) == 2:
        eps = new_args[1]
        if isinstance(eps, bool) or not isinstance(eps, (int, float)):
            raise ValueError(f"eps must be a number, got {type(eps).__name__}")
        if not EPS_RANGE[0] <= eps <= EPS_RANGE[1]:
            raise ValueError(f"1e-8 <= eps <= 1 violated: eps = {eps!r}")
    for index, step in enumerate(args[1:], start=2):
        where = f"step {index}"
        if not isinstance(step, dict):
            raise ValueError(f"{where} must be an object")
        if "new" in step:
            raise ValueError(f"{where}: only the first step may be new")
        if "call" in step:
            if step["call"] != "forward":
                raise ValueError(f"{where}: the only method is forward, got {step['call']!r}")
            call_args = step.get("args")
            if not isinstance(call_args, list) or len(call_args) != 1:
                raise ValueError(f"{where}: forward takes exactly one argument x")
            shape, flat = _array(call_args[0], f"{where}: x")
            if len(shape) < len(dims) or tuple(shape[len(shape) - len(dims):]) != dims:
                raise ValueError(f"{where}: the trailing dimensions of x {shape} must equal normalized_shape {dims}")
            if len(shape) - len(dims) > MAX_EXTRA_DIMS:
                raise ValueError(f"{where}: x may have at most 3 leading dimensions, shape {shape}")
            if len(flat) > MAX_ELEMENTS:
                raise ValueError(f"{where}: x has {len(flat)} elements, more than 2 * 10^4")
            if any(abs(v) > MAX_ABS_X for v in flat):
                raise ValueError(f"{where}: |x| <= 10^4 violated")
        elif "get" in step:
            if step["get"] not in ATTRIBUTES:
                raise ValueError(f"{where}: only weight and bias may be read, got {step['get']!r}")
        elif "set" in step:
            if step["set"] not in ATTRIBUTES:
                raise ValueError(f"{where}: only weight and bias may be set, got {step['set']!r}")
            shape, flat = _array(step.get("value"), f"{where}: {step['set']}")
            if tuple(shape) != dims:
                raise ValueError(f"{where}: {step['set']} must have shape {dims}, got {shape}")
            if any(abs(v) > MAX_ABS_PARAM for v in flat):
                raise ValueError(f"{where}: |{step['set']}| <= 100 violated")
        else:
            raise ValueError(f"{where}: unknown step kind {sorted(step)}")
