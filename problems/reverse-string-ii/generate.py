"""Write data/secret/*.jsonl and data/sample.jsonl deterministically.
Expected values come from reference.py.

Run from anywhere:  python problems/reverse-string-ii/generate.py
"""
import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
LOWER = "abcdefghijklmnopqrstuvwxyz"
N = 10**4


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").Solution()
VALIDATE = _load("validator").validate


def _slow_truth(s, k):
    # Independent check of the reference: decide per character where it comes from.
    out = []
    n = len(s)
    for j in range(n):
        start = j - j % (2 * k)
        if j - start < k:
            end = min(start + k, n)
            out.append(s[start + end - 1 - j])
        else:
            out.append(s[j])
    return "".join(out)


def case(name, s, k):
    args = [s, k]
    VALIDATE(args)
    want = REF.reverseStr(s, k)
    assert want == _slow_truth(s, k)
    return {"name": name, "args": args, "expected": want}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def edge_cases():
    alpha = LOWER
    e = [
        # smallest sizes
        ("one-char-k1", "a", 1),
        ("one-char-kmax", "z", 10**4),
        ("two-k1-identity", "ab", 1),
        ("two-k2-whole", "ab", 2),
        ("two-k3-k-exceeds-n", "ab", 3),
        ("three-k1-identity", "abc", 1),
        ("three-k2", "abc", 2),
        ("three-k3-k-equals-n", "abc", 3),
        ("three-k-max", "abc", 10**4),
        # k = 1 leaves everything as it is
        ("k1-identity-long", alpha, 1),
        # k >= len(s): the whole string is reversed
        ("k-equals-n", "abcdefgh", 8),
        ("k-is-n-plus-1", "abcdefgh", 9),
        ("k-is-2n", "abcdefgh", 16),
        ("k-is-n-minus-1", "abcdefgh", 7),
        ("k-half-of-n", "abcdefgh", 4),
        # len(s) a multiple of 2k
        ("multiple-of-2k-k2", "abcdefgh", 2),
        ("multiple-of-2k-k3", "abcdefghijkl", 3),
        # tails after the last full 2k block
        ("tail-exactly-k", "abcdefghi", 3),
        ("tail-k-plus-1", "abcdefghij", 3),
        ("tail-2k-minus-1", "abcdefghijk", 3),
        ("tail-1", "abcdefghijklm", 3),
        ("tail-k-minus-1", "abcdefgh", 3),
        ("tail-1-k2", "abcde", 2),
        ("tail-1-k4", "abcdefghi", 4),
        # between k and 2k characters in total
        ("between-k-and-2k", "abcdefg", 4),
        ("between-k-and-2k-long", alpha, 20),
        # several blocks, k = 2 and 5
        ("alphabet-k2", alpha, 2),
        ("alphabet-k5", alpha, 5),
        ("alphabet-k13", alpha, 13),
        ("alphabet-k26", alpha, 26),
        ("alphabet-k27", alpha, 27),
        # repeated letters
        ("all-equal", "aaaaaaa", 3),
        ("two-letters", "aabbaabbab", 3),
        ("abab-k2", "ababababab", 2),
    ]
    return [case(n, s, k) for n, s, k in e]


def random_cases():
    rng = random.Random(541)
    alphabets = ["ab", "abc", "xyz", LOWER]
    out = []
    for i in range(48):
        alpha = alphabets[i % len(alphabets)]
        n = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 17, 20, 31, 40, 64, 99, 150])
        kind = i % 6
        if kind == 0:
            k = rng.randint(1, 3)
        elif kind == 1:
            k = rng.randint(1, n)
        elif kind == 2:
            k = n + rng.randint(0, 10)
        elif kind == 3:
            k = max(1, n // rng.choice([2, 3, 4]))
        elif kind == 4:
            k = max(1, (n + 1) // 2)
        else:
            k = rng.randint(1, 2 * n + 3)
        s = "".join(rng.choice(alpha) for _ in range(n))
        out.append(case(f"random-small-{i:02d}", s, k))
    for i in range(10):
        n = rng.randint(300, 1500)
        k = rng.choice([1, 2, 3, rng.randint(4, 50), rng.randint(50, 200)])
        s = "".join(rng.choice(LOWER) for _ in range(n))
        out.append(case(f"random-medium-{i:02d}", s, k))
    for i in range(4):
        n = rng.randint(200, 500)
        k = rng.choice([n, n - 1, n // 2 + 1, n + 7])
        s = "".join(rng.choice(LOWER) for _ in range(n))
        out.append(case(f"random-medium-large-k-{i:02d}", s, k))
    return out


def large_cases():
    rng = random.Random(10**4)

    def rand(n):
        return "".join(rng.choice(LOWER) for _ in range(n))

    out = [
        # one block covering the whole string: per-block quadratic reversals blow up here
        case("large-k-equals-n", rand(N), N),
        case("large-k-exceeds-n", rand(N - 1), N),
        case("large-k-n-minus-1-tail-1", rand(N), N - 1),
        case("large-k-6000-between-k-and-2k", rand(N), 6000),
        case("large-k-half-exactly-2k", rand(N), N // 2),
        case("large-k-4999-tail-2", rand(N), 4999),
        case("large-k-3333-tail-k-plus-1", rand(N), 3333),
        case("large-k-3334-tail-below-k", rand(N), 3334),
        case("large-k-2500-multiple-of-2k", rand(N), 2500),
        case("large-k-1667-tail-between", rand(N), 1667),
        case("large-k-7", rand(N), 7),
        case("large-k-3-tail-k-plus-1", rand(N), 3),
        case("large-k-2", rand(N), 2),
        case("large-k-1-identity", rand(N), 1),
        case("large-alternating-ab-k-n", ("ab" * (N // 2)), N),
    ]
    return out


def main():
    secret = HERE / "data" / "secret"
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())
    write(HERE / "data" / "sample.jsonl", [
        case("example-1", "abcdefg", 2),
        case("example-2", "abcd", 2),
        case("example-3", "abc", 5),
    ])


if __name__ == "__main__":
    main()
