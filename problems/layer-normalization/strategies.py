import math

from hypothesis import strategies as st

ROUND = 4


def _nested(flat, shape):
    if not shape:
        return flat[0]
    step = len(flat) // shape[0]
    return [_nested(flat[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])]


def _array(shape, values):
    return {"__ndarray__": _nested(values, list(shape))}


@st.composite
def _case(draw):
    ndims = draw(st.sampled_from([1, 1, 1, 2, 3]))
    dims = tuple(draw(st.lists(st.integers(1, 5), min_size=ndims, max_size=ndims)))
    style = draw(st.sampled_from(["int", "list", "tuple"])) if ndims == 1 else draw(st.sampled_from(["list", "tuple"]))
    if style == "int":
        shape_arg = dims[0]
    elif style == "list":
        shape_arg = list(dims)
    else:
        shape_arg = {"__tuple__": list(dims)}
    new = [shape_arg]
    if draw(st.booleans()):
        new.append(draw(st.sampled_from([1e-5, 1e-8, 1e-3, 0.1, 1.0])))
    steps = [{"new": new}]
    n_norm = math.prod(dims)
    values = st.one_of(
        st.floats(-10, 10, allow_nan=False).map(lambda v: round(v, ROUND)),
        st.sampled_from([0.0, 1.0, -1.0, 0.5]),
        st.floats(-1e4, 1e4, allow_nan=False).map(lambda v: round(v, 2)),
    )
    if draw(st.booleans()):
        steps.append({"get": draw(st.sampled_from(["weight", "bias"]))})
    for name in ("weight", "bias"):
        if draw(st.integers(0, 2)) == 0:
            params = draw(_params(n_norm))
            steps.append({"set": name, "value": _array(dims, params)})
    for call in range(draw(st.integers(1, 3))):
        if call and draw(st.booleans()):  # parameters changed between forward calls
            name = draw(st.sampled_from(["weight", "bias"]))
            steps.append({"set": name, "value": _array(dims, draw(_params(n_norm)))})
        lead = tuple(draw(st.lists(st.integers(1, 3), min_size=0, max_size=2)))
        shape = lead + dims
        size = math.prod(shape)
        style = draw(st.integers(0, 5))
        if style == 0:  # constant slabs: variance 0, eps alone keeps it finite
            slab = [draw(values) for _ in range(size // n_norm)]
            flat = [v for v in slab for _ in range(n_norm)]
        elif style == 1:  # a large mean and a tiny spread: E[x^2] - E[x]^2 cancels catastrophically
            offset = draw(st.sampled_from([9999.0, -9876.5, 8191.25, -5000.5]))
            flat = [round(offset + draw(st.integers(-50, 50)) * 1e-4, ROUND) for _ in range(size)]
        else:
            flat = draw(st.lists(values, min_size=size, max_size=size))
        steps.append({"call": "forward", "args": [_array(shape, flat)]})
    return steps


def _params(size):
    return st.lists(st.floats(-3, 3, allow_nan=False).map(lambda v: round(v, ROUND)), min_size=size, max_size=size)


def inputs() -> st.SearchStrategy[list]:
    """Valid step lists (new, optional get/set, one to three forwards with weight or bias set
    between them), edge cases weighted in: tiny dimensions (size 1), constant slabs, rows
    with a large mean and a tiny spread (the variance must come from the centred values, as the
    statement says), int / list / tuple normalized_shape."""
    return _case()


def worst_case(n: int) -> list:
    """One forward over about n elements: rows of 64 features (fewer when n < 64)."""
    n = max(1, int(n))
    hidden = min(64, n)
    rows = max(1, n // hidden)
    flat = [round(math.sin(i * 0.7) * 3 + (i % 7) * 0.1, ROUND) for i in range(rows * hidden)]
    return [{"new": [hidden]}, {"call": "forward", "args": [_array((rows, hidden), flat)]}]
