"""Write data/secret/*.jsonl deterministically. Expected values come from reference.py.

Run from anywhere:  python problems/longest-substring-without-repeating-characters/generate.py
"""
import importlib.util
import json
import pathlib
import random

HERE = pathlib.Path(__file__).resolve().parent
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # the 95 allowed characters
LETTERS = "abcdefghijklmnopqrstuvwxyz"
N = 5 * 10**4


def _load(name):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


REF = _load("reference").Solution()
VALIDATE = _load("validator").validate


def case(name, s):
    args = [s]
    VALIDATE(args)
    return {"name": name, "args": args, "expected": REF.lengthOfLongestSubstring(s)}


def write(path, cases):
    path.parent.mkdir(parents=True, exist_ok=True)
    names = [c["name"] for c in cases]
    assert len(names) == len(set(names)), "duplicate case names"
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


def edge_cases():
    e = [
        ("empty", ""),
        ("single-space", " "),
        ("single-letter", "a"),
        ("two-equal", "aa"),
        ("two-different", "ab"),
        ("two-different-2", "au"),
        ("two-spaces", "  "),
        ("abba-left-must-not-move-back", "abba"),
        ("dvdf-window-not-reset", "dvdf"),
        ("tmmzuxt", "tmmzuxt"),
        ("case-sensitive-aA", "aA"),
        ("case-sensitive-aAa", "aAa"),
        ("case-sensitive-AaBbCc", "AaBbCc"),
        ("space-is-a-char", "a b"),
        ("space-inside", " a b "),
        ("digits-only", "12"),
        ("digits-symbols", "0123456789!@#"),
        ("symbols", "!@#$%^&*()"),
        ("no-repeat-at-all", "abcdefg"),
        ("repeat-at-end", "abcdefgg"),
        ("non-adjacent-repeat", "abca"),
        ("aab", "aab"),
        ("cdd", "cdd"),
        ("abcb", "abcb"),
        ("bbtablud", "bbtablud"),
        ("ohvhjdml", "ohvhjdml"),
        ("wobgrovw", "wobgrovw"),
        ("abcdeafbdgcbb", "abcdeafbdgcbb"),
        ("all-equal", "zzzzzzzzzzzz"),
        ("all-spaces", " " * 20),
        ("all-95-printable", PRINTABLE),
        ("all-95-printable-reversed", PRINTABLE[::-1]),
        ("all-95-printable-twice", PRINTABLE * 2),
        ("printable-with-dup-in-middle", PRINTABLE[:50] + "A" + PRINTABLE[50:]),
        ("letters-and-spaces", "hello world"),
        ("mixed-case-word", "AbCdEfGhAbC"),
        ("long-run-then-distinct", "a" * 100 + "bcdefa"),
        ("distinct-then-long-run", "abcdef" + "f" * 100),
        ("answer-at-start", "abcdefghij" + "kk" * 20),
        ("answer-at-end", "xx" * 20 + "abcdefghij"),
        ("palindrome", "abcdedcba"),
        ("left-jump-over-old", "abcabcdefa"),
        ("quote-and-backslash", "\"\\'\"\\'"),
    ]
    return [case(n, s) for n, s in e]


def random_cases():
    rng = random.Random(3003)
    alphabets = ["ab", "abc", "aA", "a b", "abcd", "0123", "xyz!", LETTERS, LETTERS + LETTERS.upper(), PRINTABLE]
    out = []
    for i in range(40):
        alpha = alphabets[i % len(alphabets)]
        n = rng.choice([1, 2, 3, 5, 8, 13, 20, 40, 80, 150])
        s = "".join(rng.choice(alpha) for _ in range(n))
        out.append(case(f"random-small-{i:02d}", s))
    for i in range(10):
        alpha = rng.choice([LETTERS, PRINTABLE, "abcdefgh", LETTERS.upper() + "0123456789 "])
        n = rng.randint(500, 2000)
        s = "".join(rng.choice(alpha) for _ in range(n))
        out.append(case(f"random-medium-{i:02d}", s))
    # windows of distinct characters glued together, with repeats that force
    # the left pointer to jump (or not jump back)
    for i in range(10):
        parts = []
        while sum(map(len, parts)) < 300:
            k = rng.randint(1, 40)
            parts.append("".join(rng.sample(PRINTABLE, k)))
        out.append(case(f"random-blocks-{i:02d}", "".join(parts)[:300]))
    return out


def large_cases():
    rng = random.Random(384)
    out = []
    # random over all 95 characters
    out.append(case("large-random-95", "".join(rng.choice(PRINTABLE) for _ in range(N))))
    # random over a few characters
    out.append(case("large-random-3", "".join(rng.choice("abc") for _ in range(N))))
    out.append(case("large-random-aA-space", "".join(rng.choice("aA ") for _ in range(N))))
    # one character repeated
    out.append(case("large-one-char", "a" * N))
    out.append(case("large-all-spaces", " " * N))
    # long cycles: every window of the cycle length is distinct
    out.append(case("large-letters-cycle", (LETTERS * (N // 26 + 1))[:N]))
    out.append(case("large-printable-cycle", (PRINTABLE * (N // 95 + 1))[:N]))
    # the only long window is the very last one
    tail = list(PRINTABLE)
    rng.shuffle(tail)
    head = "".join(rng.choice("abcd") for _ in range(N - len(tail)))
    out.append(case("large-answer-at-end", head + "".join(tail)))
    # the only long window is the very first one
    first = list(PRINTABLE)
    rng.shuffle(first)
    out.append(case("large-answer-at-start", "".join(first) + "x" * (N - len(first))))
    # a permutation of the 95 characters shuffled per block: windows straddle
    # block boundaries; "abba"-like returns of old characters everywhere
    blocks = []
    while sum(map(len, blocks)) < N:
        b = list(PRINTABLE)
        rng.shuffle(b)
        blocks.append("".join(b))
    out.append(case("large-shuffled-blocks", "".join(blocks)[:N]))
    # palindromic cycles: abc..zz..cba abc..., left pointer must never move back
    pal = PRINTABLE + PRINTABLE[::-1]
    out.append(case("large-palindromic-cycle", (pal * (N // len(pal) + 1))[:N]))
    return out


def main():
    secret = HERE / "data" / "secret"
    write(secret / "01-edge.jsonl", edge_cases())
    write(secret / "02-random.jsonl", random_cases())
    write(secret / "03-large.jsonl", large_cases())
    write(HERE / "data" / "sample.jsonl", [
        case("example-1", "abcabcbb"),
        case("example-2", "bbbbb"),
        case("example-3", "pwwkew"),
    ])


if __name__ == "__main__":
    main()
