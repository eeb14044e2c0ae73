"""Write data/secret/*.jsonl and data/sample.jsonl deterministically. Expected values come from
reference.py, run step by step on the decoded inputs exactly as the judge runs a solution.

Run from anywhere:  python problems/layer-normalization/generate.py
"""
import importlib.util
import json
import math
import pathlib
import random

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").LayerNorm
VALIDATE = _load("validator").validate


# -- encoding ------------------------------------------------------------------


def arr(a):
    """A tagged array for a case file (float64 on the solution's side)."""
    return {"__ndarray__": np.asarray(a, dtype=float).tolist()}


def tup(*dims):
    return {"__tuple__": list(dims)}


def _decode(value):
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if "__ndarray__" in value:
            return np.array(value["__ndarray__"], dtype="float64")
        if "__tuple__" in value:
            return tuple(_decode(v) for v in value["__tuple__"])
    return value


def _short(x):
    """Expected floats rounded to 12 significant digits (far below the 1e-5 tolerance)."""
    if isinstance(x, list):
        return [_short(v) for v in x]
    return float(f"{x:.12g}")


def _expected_value(value):
    if isinstance(value, np.ndarray):
        return {"__ndarray__": _short(value.tolist())}
    return value


def case(name, steps):
    VALIDATE(steps)
    expected = []
    obj = None
    for step in steps:
        if "new" in step:
            obj = REF(*_decode(step["new"]))
            expected.append(None)
        elif "call" in step:
            out = getattr(obj, step["call"])(*_decode(step["args"]))
            assert np.all(np.isfinite(out)), name
            expected.append(_expected_value(out))
        elif "get" in step:
            expected.append(_expected_value(getattr(obj, step["get"])))
        else:
            setattr(obj, step["set"], _decode(step["value"]))
            expected.append(None)
    return {"name": name, "args": steps, "expected": expected}


def new(*args):
    return {"new": list(args)}


def forward(x):
    return {"call": "forward", "args": [arr(x)]}


def get(name):
    return {"get": name}


def put(name, value):
    return {"set": name, "value": arr(value)}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def rand(rng, shape, scale=1.0, offset=0.0, digits=4):
    """Deterministic values rounded to `digits` decimals (so the case file holds them exactly)."""
    n = math.prod(shape)
    flat = [round(offset + rng.gauss(0, scale), digits) for _ in range(n)]
    return np.array(flat, dtype=float).reshape(shape)


# -- cases ---------------------------------------------------------------------


def sample_cases():
    return [
        case("example-1", [new(4), get("weight"), get("bias"),
                           forward([[1, 2, 3, 4], [2, 2, 2, 2]])]),
        case("example-2", [new(3), put("weight", [2.0, 0.5, 1.0]), put("bias", [0.0, 1.0, -1.0]),
                           forward([[0, 1, 2], [3, 3, 6]])]),
        case("example-3", [new(tup(2, 2)), get("weight"),
                           forward([[[1, 2], [3, 4]], [[0, 0], [0, 8]]])]),
    ]


def edge_cases():
    rng = random.Random(7)
    e = []
    # smallest shapes
    e.append(case("hidden-1", [new(1), get("weight"), get("bias"), forward([[3.0], [-5.0]])]))
    e.append(case("hidden-1-with-bias", [new(1), put("bias", [0.25]), forward([[3.0], [-5.0], [0.0]])]))
    e.append(case("hidden-2", [new(2), forward([[0.0, 1.0], [5.0, -5.0], [1.5, 1.5]])]))
    e.append(case("input-1d-no-batch", [new(4), forward([1.0, 2.0, 4.0, 8.0])]))
    e.append(case("input-1d-no-batch-affine", [new(5), put("weight", [1, 2, 3, 4, 5]), put("bias", [0, 0, 0, 0, 1]),
                                               forward([0.5, -1.0, 2.0, 0.0, 3.5])]))
    e.append(case("batch-of-1", [new(6), forward([[0.1, -0.4, 2.2, 1.3, -3.0, 0.0]])]))
    e.append(case("batch-of-1-3d", [new(4), forward([[[1.0, 0.0, -1.0, 2.0]]])]))
    # parameters as created
    e.append(case("init-params-int-shape", [new(5), get("weight"), get("bias")]))
    e.append(case("init-params-tuple-shape", [new(tup(3, 4)), get("weight"), get("bias")]))
    e.append(case("init-params-list-shape", [new([2, 3]), get("bias"), get("weight")]))
    e.append(case("init-params-3d-shape", [new(tup(2, 1, 3)), get("weight")]))
    e.append(case("init-params-shape-1", [new(tup(1,)), get("weight"), get("bias")]))
    # variance 0: only eps keeps the denominator positive
    e.append(case("constant-rows", [new(6), forward([[0.0] * 6, [7.5] * 6, [-3.0] * 6, [1234.5] * 6])]))
    e.append(case("constant-rows-affine", [new(3), put("weight", [2.0, -1.0, 0.5]), put("bias", [1.0, 2.0, 3.0]),
                                           forward([[4.0, 4.0, 4.0], [-2.0, -2.0, -2.0]])]))
    e.append(case("constant-slab-2d-shape", [new(tup(2, 2)), forward([[[1, 1], [1, 1]], [[0, 1], [2, 3]]])]))
    # variance comparable to eps: eps inside the square root matters
    e.append(case("nearly-constant-rows", [new(4), forward([[0.0, 0.0, 0.0, 0.001], [1.0, 1.001, 1.0, 1.002],
                                                            [5.0, 5.0, 5.003, 5.0]])]))
    e.append(case("variance-equals-eps", [new(2), forward([[0.0, 0.006324555320336759], [1.0, 1.0063245553]])]))
    # custom eps
    e.append(case("eps-1", [new(4, 1.0), forward([[1.0, 2.0, 3.0, 4.0], [0.0, 0.5, 0.0, 0.5]])]))
    e.append(case("eps-0.1", [new(3, 0.1), forward([[0.0, 1.0, 2.0], [0.2, 0.1, 0.0]])]))
    e.append(case("eps-1e-3-int-shape", [new(5, 1e-3), forward(rand(rng, (3, 5), 0.05))]))
    e.append(case("eps-1e-8-constant", [new(4, 1e-8), forward([[2.0, 2.0, 2.0, 2.0], [0.0, 0.0, 1e-4, 0.0]])]))
    e.append(case("eps-default-explicit", [new(4, 1e-5), forward([[1.0, 2.0, 3.0, 4.0]])]))
    # affine parameters set before forward
    e.append(case("weight-zeros-set", [new(4), put("weight", [0, 0, 0, 0]), put("bias", [1, 2, 3, 4]),
                                       forward([[1.0, -2.0, 0.5, 9.0], [3.0, 3.0, 1.0, 0.0]])]))
    e.append(case("weight-only-set", [new(3), put("weight", [3.0, -2.0, 0.5]),
                                      forward([[1.0, 2.0, 4.0], [0.0, -1.0, 1.0]])]))
    e.append(case("bias-only-set", [new(3), put("bias", [10.0, -10.0, 0.0]),
                                    forward([[1.0, 2.0, 4.0], [0.0, -1.0, 1.0]])]))
    e.append(case("set-then-get", [new(3), put("weight", [1.5, 2.5, 3.5]), get("weight"), get("bias")]))
    e.append(case("set-after-forward", [new(4), forward([[1.0, 3.0, 2.0, 0.0]]),
                                        put("weight", [2, 2, 2, 2]), put("bias", [-1, 0, 1, 0]),
                                        forward([[1.0, 3.0, 2.0, 0.0]])]))
    # a second case for parameters captured on the first forward: only the bias changes, on a
    # 2-d normalized_shape, after two forward calls
    e.append(case("bias-set-after-two-forwards", [new(tup(2, 2)), forward([[[1.0, 2.0], [3.0, 4.0]]]),
                                                  forward([[[0.0, 0.0], [1.0, 5.0]]]),
                                                  put("bias", [[1.0, -1.0], [0.0, 2.0]]),
                                                  forward([[[1.0, 2.0], [3.0, 4.0]], [[0.0, 0.0], [1.0, 5.0]]])]))
    e.append(case("forward-twice-stateless", [new(3), forward([[0.0, 10.0, 20.0]]), forward([[5.0, 5.0, 6.0]]),
                                              forward([[0.0, 10.0, 20.0]])]))
    # normalized_shape with several dims: statistics over the whole trailing slab
    e.append(case("shape-2d-tuple", [new(tup(3, 4)), forward(rand(rng, (2, 3, 4), 2.0))]))
    e.append(case("shape-2d-list", [new([3, 4]), forward(rand(rng, (2, 3, 4), 1.0, 1.0))]))
    e.append(case("shape-2d-rows-differ", [new(tup(2, 3)),
                                           forward([[[0, 0, 0], [10, 10, 10]], [[1, 2, 3], [1, 2, 3]]])]))
    e.append(case("shape-2d-affine", [new(tup(2, 3)), put("weight", [[1, 2, 3], [-1, 0.5, 2]]),
                                      put("bias", [[0, 0, 1], [1, 0, 0]]), forward(rand(rng, (3, 2, 3), 1.5))]))
    e.append(case("shape-2d-no-batch", [new(tup(2, 2)), forward([[1.0, 2.0], [3.0, 10.0]])]))
    e.append(case("shape-3d", [new(tup(2, 3, 4)), forward(rand(rng, (2, 2, 3, 4), 1.0))]))
    e.append(case("shape-3d-affine", [new([2, 2, 2]), put("weight", rand(rng, (2, 2, 2), 1.0, 1.0)),
                                      put("bias", rand(rng, (2, 2, 2), 0.5)), forward(rand(rng, (3, 2, 2, 2), 3.0))]))
    e.append(case("shape-2d-first-dim-1", [new(tup(1, 5)), forward(rand(rng, (4, 1, 5), 1.0))]))
    e.append(case("shape-2d-last-dim-1", [new(tup(5, 1)), forward(rand(rng, (4, 5, 1), 1.0))]))
    # (batch, seq, hidden) inputs with an int normalized_shape
    e.append(case("batch-seq-hidden", [new(5), forward(rand(rng, (2, 3, 5), 1.0))]))
    e.append(case("batch-seq-hidden-affine", [new(4), put("weight", [0.5, 1.0, 1.5, 2.0]),
                                              put("bias", [0.1, 0.2, 0.3, 0.4]), forward(rand(rng, (3, 2, 4), 2.0, -1.0))]))
    e.append(case("four-d-input", [new(3), forward(rand(rng, (2, 2, 2, 3), 1.0))]))
    e.append(case("square-input", [new(4), forward(rand(rng, (4, 4), 1.0))]))
    # rows with very different statistics (a global mean / variance is far off)
    e.append(case("rows-different-scales", [new(4), forward([[0.0, 1.0, 2.0, 3.0], [100.0, 300.0, 200.0, 400.0],
                                                            [-0.01, 0.01, 0.0, 0.02]])]))
    # large magnitudes
    e.append(case("large-magnitude", [new(8), forward(rand(rng, (4, 8), 3000.0, 0.0, 2))]))
    e.append(case("large-offset", [new(8), forward(rand(rng, (4, 8), 10.0, 5000.0, 3))]))
    # a large mean with a tiny spread: E[x^2] - E[x]^2 cancels catastrophically (one-pass variance)
    e.append(case("large-mean-tiny-spread", [new(3), forward([[9999.97, 9999.98, 9999.99],
                                                              [-9999.99, -9999.97, -9999.98]])]))
    e.append(case("large-mean-tiny-spread-batch", [new(8), forward(rand(rng, (4, 8), 0.01, 9990.0, 3))]))
    e.append(case("large-mean-tiny-spread-2d", [new(tup(2, 4)), put("weight", rand(rng, (2, 4), 0.5, 1.0, 2)),
                                                forward(rand(rng, (2, 2, 4), 0.02, -7500.0, 3))]))
    e.append(case("max-abs-values", [new(4), forward([[10000.0, -10000.0, 10000.0, -10000.0],
                                                      [10000.0, 9999.0, 10000.0, 9999.5]])]))
    e.append(case("large-weights", [new(4), put("weight", [100.0, -100.0, 50.0, -0.5]), put("bias", [-100.0, 100.0, 0.0, 0.0]),
                                     forward(rand(rng, (2, 4), 1.0))]))
    return e


def random_cases():
    rng = random.Random(1e-5)
    out = []
    for i in range(30):
        ndims = rng.choice([1, 1, 1, 2, 2, 3])
        dims = tuple(rng.randint(1, 6) for _ in range(ndims))
        style = rng.choice(["int", "list", "tuple"]) if ndims == 1 else rng.choice(["list", "tuple"])
        shape_arg = dims[0] if style == "int" else (list(dims) if style == "list" else tup(*dims))
        steps = [new(shape_arg) if rng.random() < 0.5 else new(shape_arg, rng.choice([1e-5, 1e-6, 1e-3, 0.01, 0.5, 1.0]))]
        if rng.random() < 0.3:
            steps.append(get(rng.choice(["weight", "bias"])))
        if rng.random() < 0.5:
            steps.append(put("weight", rand(rng, dims, 1.0, 1.0)))
        if rng.random() < 0.5:
            steps.append(put("bias", rand(rng, dims, 0.5)))
        for _ in range(rng.choice([1, 1, 2])):
            lead = tuple(rng.randint(1, 4) for _ in range(rng.choice([0, 1, 1, 2, 2, 3])))
            scale = rng.choice([0.01, 0.5, 1.0, 5.0, 100.0])
            steps.append(forward(rand(rng, lead + dims, scale, rng.choice([0.0, 0.0, 1.0, -3.0]))))
        out.append(case(f"random-{i:02d}", steps))
    return out


def large_cases():
    rng = random.Random(4096)
    return [
        case("large-bert-like", [new(256), put("weight", rand(rng, (256,), 0.1, 1.0)), put("bias", rand(rng, (256,), 0.1)),
                                 forward(rand(rng, (4, 16, 256), 1.0))]),
        case("large-2d-shape", [new(tup(32, 32)), forward(rand(rng, (2, 8, 32, 32), 2.0, 0.5))]),
        case("large-1024-wide", [new(1024, 1e-6), forward(rand(rng, (16, 1024), 500.0, 0.0, 2))]),
    ]


def main():
    secret = HERE / "data" / "secret"
    write(HERE / "data" / "sample.jsonl", sample_cases())
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())


if __name__ == "__main__":
    main()
