"""Write data/secret/*.jsonl and data/sample.jsonl deterministically. Expected values come from reference.py.

Run from anywhere:  python problems/lstm-parameter-count/generate.py
"""
import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
MAX = 10**4


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").Solution()
VALIDATE = _load("validator").validate


def case(name, *args):
    args = list(args)
    VALIDATE(args)
    return {"name": name, "args": args, "expected": REF.lstm_param_count(*args)}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def sample_cases():
    return [
        case("example-1", 10, 20),
        case("example-2", 128, 256, 2, False, True),
        case("example-3", 50, 32, 2, True, False),
    ]


def edge_cases():
    return [
        # smallest sizes, defaults used
        case("smallest-defaults", 1, 1),
        case("smallest-all-args", 1, 1, 1, False, True),
        case("smallest-no-bias", 1, 1, 1, False, False),
        case("smallest-bidirectional", 1, 1, 1, True, True),
        case("three-args-default-direction-and-bias", 10, 20, 1),
        case("three-args-two-layers", 10, 20, 2),
        case("four-args-bidirectional", 10, 20, 1, True),
        case("four-args-two-layers-bidirectional", 10, 20, 2, True),
        # the known nn.LSTM(10, 20) count, written out in full
        case("torch-lstm-10-20", 10, 20, 1, False, True),
        # bias=False: only weights
        case("no-bias-one-layer", 300, 128, 1, False, False),
        case("no-bias-three-layers", 300, 128, 3, False, False),
        case("no-bias-bidirectional-two-layers", 300, 128, 2, True, False),
        # emb_size == hidden_size: every layer has the same input size for one direction
        case("emb-equals-hidden-one-direction", 256, 256, 3, False, True),
        case("emb-equals-hidden-bidirectional", 256, 256, 3, True, True),
        # emb_size == 2 * hidden: layer 0 and later layers look alike only when bidirectional
        case("emb-twice-hidden-bidirectional", 512, 256, 2, True, True),
        case("emb-twice-hidden-one-direction", 512, 256, 2, False, True),
        # emb_size smaller and larger than hidden
        case("emb-smaller-than-hidden", 16, 300, 2, False, True),
        case("emb-larger-than-hidden", 1000, 64, 2, False, True),
        case("emb-smaller-bidirectional", 16, 300, 2, True, True),
        case("emb-larger-bidirectional", 1000, 64, 2, True, True),
        # bidirectional, one layer: doubles everything
        case("bidirectional-one-layer", 100, 50, 1, True, True),
        # typical NLP configurations
        case("glove-300-512-2-bi", 300, 512, 2, True, True),
        case("word2vec-128-256-1", 128, 256, 1, False, True),
        case("bert-768-768-1-bi", 768, 768, 1, True, True),
        # many layers
        case("ten-layers-one-direction", 32, 64, 10, False, True),
        case("ten-layers-bidirectional", 32, 64, 10, True, True),
        case("ten-layers-bidirectional-no-bias", 32, 64, 10, True, False),
        case("ten-layers-hidden-1", 7, 1, 10, True, True),
        case("ten-layers-emb-1", 1, 9, 10, False, True),
        case("hidden-1-emb-large", 1000, 1, 1, False, True),
    ]


def random_cases():
    rng = random.Random(2560)
    out = []
    for i in range(40):
        emb = rng.choice([rng.randint(1, 20), rng.randint(1, 300), rng.randint(1, 1200)])
        hidden = rng.choice([rng.randint(1, 20), rng.randint(1, 300), rng.randint(1, 1200)])
        layers = rng.choice([1, 1, 2, 2, 3, rng.randint(1, 10)])
        bidirectional = rng.random() < 0.5
        bias = rng.random() < 0.7
        count = rng.choice([2, 3, 4, 5, 5, 5, 5])
        args = [emb, hidden, layers, bidirectional, bias][:count]
        out.append(case(f"random-{i:02d}", *args))
    return out


def large_cases():
    return [
        case("max-everything", MAX, MAX, 10, True, True),
        case("max-one-direction", MAX, MAX, 10, False, True),
        case("max-no-bias", MAX, MAX, 10, True, False),
        case("max-hidden-emb-1", 1, MAX, 10, True, True),
        case("max-emb-hidden-small", MAX, 7, 10, True, True),
        case("max-sizes-one-layer", MAX, MAX, 1, False, True),
        case("max-sizes-defaults", MAX, MAX),
    ]


def main():
    secret = HERE / "data" / "secret"
    write(HERE / "data" / "sample.jsonl", sample_cases())
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())


if __name__ == "__main__":
    main()
