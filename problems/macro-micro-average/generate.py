"""Write data/secret/*.jsonl and data/sample.jsonl deterministically. Expected values come from reference.py.

Run from anywhere:  python problems/macro-micro-average/generate.py
"""
import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
N = 10**5
C = 20  # labels are 0 .. 19


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").Solution()
VALIDATE = _load("validator").validate


def case(name, y_true, y_pred):
    args = [list(y_true), list(y_pred)]
    VALIDATE(args)
    macro, micro = REF.macro_micro_f1(*args)
    return {"name": name, "args": args, "expected": [macro, micro]}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def sample_cases():
    return [
        case("example-1", [0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]),
        case("example-2", [0, 0, 0, 0, 0, 0, 0, 0, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]),
        case("example-3", [1, 1, 2], [1, 3, 3]),
    ]


def edge_cases():
    return [
        case("one-sample-right", [0], [0]),
        case("one-sample-wrong", [0], [1]),
        case("one-sample-label-19", [19], [19]),
        case("two-labels-swapped", [0, 1], [1, 0]),
        case("all-right-one-label", [4] * 10, [4] * 10),
        case("all-right-many-labels", list(range(20)), list(range(20))),
        case("all-wrong-shifted", list(range(20)), [(i + 1) % 20 for i in range(20)]),
        case("all-wrong-two-labels", [0, 0, 1, 1], [1, 1, 0, 0]),
        # a label in both lists that is never predicted right: its F1 is 0/0 -> 0
        case("in-both-never-right", [0, 1, 1, 0], [1, 0, 0, 0]),
        case("in-both-never-right-2", [0, 0, 1, 2, 2], [0, 2, 2, 1, 0]),
        # labels only in y_pred count in the macro average (sklearn's default label set)
        case("predicted-only-label", [0, 0, 1, 1], [0, 0, 1, 5]),
        case("predicted-only-many", [0, 0, 0, 0], [0, 1, 2, 3]),
        case("true-only-label", [0, 1, 2, 3], [0, 0, 0, 0]),
        # predicting the majority class every time: precision 0/0 for the others
        case("majority-class-only", [0] * 8 + [1, 2], [0] * 10),
        case("constant-truth-varied-pred", [3] * 6, [3, 3, 3, 9, 9, 19]),
        # gaps in the label values: 7 and 12 are the only labels, not 0..12
        case("label-gap", [7, 7, 12, 12, 12], [7, 12, 12, 12, 7]),
        case("label-gap-high", [18, 19, 18, 19], [18, 18, 18, 19]),
        case("label-gap-pred-only-high", [2, 2, 5], [2, 19, 5]),
        # precision and recall differ per class (asymmetric confusion)
        case("asymmetric", [0, 0, 0, 1, 1, 2], [0, 1, 1, 1, 1, 1]),
        case("asymmetric-2", [0, 1, 1, 1, 2, 2, 2, 2], [0, 0, 0, 1, 2, 2, 0, 2]),
        # macro F1 vs F1 of macro precision and macro recall
        case("harmonic-of-means-differs", [0, 0, 0, 0, 1], [0, 0, 0, 1, 1]),
        case("imbalanced-rare-class-missed", [0] * 18 + [1, 1], [0] * 20),
        case("imbalanced-rare-class-found", [0] * 18 + [1, 1], [0] * 17 + [1, 1, 1]),
        case("balanced-half-right", [0, 1, 2, 3] * 3, [0, 1, 2, 3, 1, 2, 3, 0, 0, 1, 3, 2]),
        case("every-label-once", list(range(20)), list(range(19, -1, -1))),
        case("precision-1-recall-small", [5] * 9 + [6], [5] + [6] * 9),
    ]


def random_cases():
    rng = random.Random(20242)
    out = []
    label_sets = [[0, 1], [0, 1, 2], [3, 7], [0, 5, 19], list(range(5)), list(range(10)), list(range(20)),
                  [1, 2, 3, 4, 11, 17]]
    for i in range(40):
        labels = label_sets[i % len(label_sets)]
        n = rng.choice([1, 2, 3, 5, 8, 13, 20, 40, 80])
        acc = rng.choice([0.0, 0.3, 0.6, 0.9, 1.0])
        y_true = [rng.choice(labels) for _ in range(n)]
        y_pred = [t if rng.random() < acc else rng.choice(labels) for t in y_true]
        out.append(case(f"random-small-{i:02d}", y_true, y_pred))
    for i in range(12):
        n = rng.randint(500, 3000)
        k = rng.randint(2, 20)
        labels = sorted(rng.sample(range(20), k))
        weights = [rng.random() ** 3 + 0.01 for _ in labels]  # imbalanced
        y_true = rng.choices(labels, weights, k=n)
        acc = rng.random()
        pred_labels = labels if i % 3 else sorted(set(labels) | set(rng.sample(range(20), 3)))
        y_pred = [t if rng.random() < acc else rng.choice(pred_labels) for t in y_true]
        out.append(case(f"random-medium-{i:02d}", y_true, y_pred))
    return out


def large_cases():
    rng = random.Random(100000)
    out = []
    # uniform over all 20 labels, 60% right
    y_true = [rng.randrange(C) for _ in range(N)]
    y_pred = [t if rng.random() < 0.6 else rng.randrange(C) for t in y_true]
    out.append(case("large-uniform-20", y_true, y_pred))
    # heavy imbalance: label 0 is 90% of the data, rare labels often missed
    y_true = [0 if rng.random() < 0.9 else rng.randrange(1, C) for _ in range(N)]
    y_pred = [t if rng.random() < (0.95 if t == 0 else 0.3) else rng.choice([0, 0, 0, rng.randrange(C)])
              for t in y_true]
    out.append(case("large-imbalanced", y_true, y_pred))
    # truth uses labels 0..9 only, predictions spill over into 10..19 (predicted-only labels)
    y_true = [rng.randrange(10) for _ in range(N)]
    y_pred = [t if rng.random() < 0.7 else rng.randrange(C) for t in y_true]
    out.append(case("large-predicted-only-labels", y_true, y_pred))
    # cycling labels, every fourth prediction shifted by one (strategies.worst_case)
    y_true = [i % C for i in range(N)]
    y_pred = [(t + 1) % C if i % 4 == 0 else t for i, t in enumerate(y_true)]
    out.append(case("large-cycle-shifted", y_true, y_pred))
    return out


def main():
    secret = HERE / "data" / "secret"
    write(HERE / "data" / "sample.jsonl", sample_cases())
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())


if __name__ == "__main__":
    main()
