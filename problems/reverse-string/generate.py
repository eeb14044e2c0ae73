"""Write data/secret/*.jsonl and data/sample.jsonl deterministically.
Expected values come from reference.py (the list after the in-place call).

Run from anywhere:  python problems/reverse-string/generate.py
"""
import importlib.util
import json
import pathlib
import random
import typing

HERE = pathlib.Path(__file__).resolve().parent
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # the 95 allowed characters
LETTERS = "abcdefghijklmnopqrstuvwxyz"
N = 10**5


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    mod.List = typing.List  # LeetCode pre-imports List; the reference's annotations use it
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").Solution()
VALIDATE = _load("validator").validate


def case(name, chars):
    chars = list(chars)
    args = [chars]
    VALIDATE(args)
    out = list(chars)
    REF.reverseString(out)
    assert out == chars[::-1]
    return {"name": name, "args": args, "expected": out}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n")


def edge_cases():
    e = [
        # smallest sizes
        ("one-letter", "a"),
        ("one-space", " "),
        ("one-quote", '"'),
        ("one-backslash", "\\"),
        # even lengths: the middle pair must be swapped exactly once
        ("two-different", "ab"),
        ("two-equal", "aa"),
        ("two-case", "Aa"),
        ("two-space-letter", " x"),
        ("four-different", "abcd"),
        ("six-middle-pair-differs", "abcdba"),
        ("eight-digits", "12345678"),
        # odd lengths
        ("three-different", "abc"),
        ("five-different", "vwxyz"),
        ("seven-middle-fixed", "abcXdef"),
        # examples in other shapes
        ("hello-world", "hello world"),
        ("hannah-case-sensitive", "Hannah"),
        ("race-car-upper", "A man, a plan"),
        # palindromes: every way of (not) reversing looks right here
        ("palindrome-odd", "racecar"),
        ("palindrome-even", "abba"),
        ("all-equal", "zzzzzzzzzz"),
        ("all-spaces", " " * 9),
        # sorted input: sorting descending looks like reversing only when s is ascending
        ("sorted-ascending", "abcdefg"),
        ("sorted-descending", "gfedcba"),
        ("sorted-with-duplicates", "aabbbccd"),
        # symbols, quotes and escapes
        ("symbols", "!@#$%^&*()"),
        ("quotes-backslashes", "\"'\\\"'\\ab"),
        ("spaces-at-ends", "  a b  c"),
        ("digits-and-letters", "0a1b2c3d4"),
        ("all-95-printable", PRINTABLE),
        ("all-95-printable-reversed", PRINTABLE[::-1]),
        ("printable-even-190", PRINTABLE * 2),
        ("near-palindrome-ends", "xbcdcbay"),
    ]
    return [case(n, s) for n, s in e]


def random_cases():
    rng = random.Random(344)
    alphabets = ["ab", "abc", "aA", "a b", "01", LETTERS, LETTERS + LETTERS.upper(), PRINTABLE]
    out = []
    for i in range(40):
        alpha = alphabets[i % len(alphabets)]
        n = rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 10, 13, 16, 31, 64, 100, 201])
        out.append(case(f"random-small-{i:02d}", [rng.choice(alpha) for _ in range(n)]))
    for i in range(8):
        alpha = rng.choice([LETTERS, PRINTABLE, "ab", "0123456789 "])
        n = rng.randint(500, 3000)
        if i % 2 == 0:
            n += n % 2  # make half of them even, half odd
        else:
            n += 1 - n % 2
        out.append(case(f"random-medium-{i:02d}", [rng.choice(alpha) for _ in range(n)]))
    # palindromes with one middle pair swapped
    for i in range(6):
        half = [rng.choice(LETTERS) for _ in range(rng.randint(2, 40))]
        s = half + half[::-1]
        m = len(half)
        s[m - 1], s[m] = "X", "Y"
        out.append(case(f"random-broken-palindrome-{i:02d}", s))
    return out


def large_cases():
    rng = random.Random(10**5)
    out = []
    # maximum size, even, every printable character: quadratic reversals blow up here
    out.append(case("large-random-printable-even", [rng.choice(PRINTABLE) for _ in range(N)]))
    # odd length just under the maximum
    out.append(case("large-random-letters-odd", [rng.choice(LETTERS) for _ in range(N - 1)]))
    # maximum size over two letters, a palindrome except for the middle pair
    half = [rng.choice("ab") for _ in range(N // 2)]
    s = half + half[::-1]
    s[N // 2 - 1], s[N // 2] = "x", "y"
    out.append(case("large-broken-palindrome-even", s))
    return out


def main():
    secret = HERE / "data" / "secret"
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())
    write(HERE / "data" / "sample.jsonl", [
        case("example-1", "hello"),
        case("example-2", "Hannah"),
        case("example-3", "ab"),
    ])


if __name__ == "__main__":
    main()
