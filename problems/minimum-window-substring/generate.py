"""Writes data/secret/*.jsonl for Minimum Window Substring. Deterministic: run it
again and the files come out byte for byte the same."""
import json
import os
import random
import string
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reference import Solution  # noqa: E402
from validator import _min_windows, validate  # noqa: E402

N = 10 ** 5
LOWER, UPPER, LETTERS = string.ascii_lowercase, string.ascii_uppercase, string.ascii_letters


def unique_or_cut(s: str, t: str, keep_last: bool = False) -> str:
    """Cut s so that its minimal window for t is unique (see strategies.make_unique)."""
    starts = _min_windows(s, t)
    if len(starts) <= 1:
        return s
    best = len(Solution().minWindow(s, t))
    return s[starts[-1]:] if keep_last else s[:starts[0] + best]


def case(s: str, t: str, name: str) -> dict:
    validate([s, t])
    return {"name": name, "args": [s, t], "expected": Solution().minWindow(s, t)}


def edge() -> list:
    raw = [
        ("a", "a", "single-char-match"),
        ("a", "b", "single-char-absent"),
        ("a", "aa", "t-longer-than-s"),
        ("ab", "abc", "t-longer-than-s-2"),
        ("ab", "b", "answer-is-last-char"),
        ("ab", "a", "answer-is-first-char"),
        ("aa", "aa", "whole-string-duplicates"),
        ("abc", "cba", "whole-string-permuted"),
        ("ab", "ba", "whole-string-len-2"),
        ("bba", "ab", "suffix"),
        ("abb", "ba", "prefix"),
        ("aab", "aa", "duplicates-in-t"),
        ("bXaab", "aab", "duplicates-in-t-2"),
        ("abcabdebac", "aab", "duplicates-spread"),
        ("aaflslflsldkalskaaa", "aaa", "triple-a-at-end"),
        ("aAbB", "ab", "case-sensitive"),
        ("AbBa", "AB", "case-sensitive-2"),
        ("aaaA", "A", "case-sensitive-single"),
        ("xXyYxXY", "XY", "case-sensitive-3"),
        ("ABCabc", "abc", "lowercase-half"),
        ("abc", "A", "uppercase-absent"),
        ("abc", "d", "letter-absent"),
        ("aaaaa", "aaaaa", "all-equal-whole"),
        ("aaaaaaa", "aaaaaaaa", "all-equal-too-few"),
        ("aaaab", "ab", "needs-shrinking"),
        ("aXXXbaY", "ab", "first-valid-not-minimal"),
        ("abXXXXX", "ba", "answer-at-start"),
        ("XXXXXab", "ba", "answer-at-end"),
        ("cabwefgewcwaefgcf", "cae", "classic-cae"),
        ("bdab", "ab", "classic-bdab"),
        ("acbbaca", "aba", "classic-aba"),
        ("abcdebxde", "bde", "classic-bde"),
        ("ADOBECODEBANCX", "ABCX", "answer-needs-last-char"),
        ("YaXbXcabcY", "abcabc", "needs-two-of-each"),
        ("abcabc", "abcabcc", "one-copy-short"),
        ("zyxwvutsrqponmlkjihgfedcbaZYXWVUTSRQPONMLKJIHGFEDCBA",
         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "all-52-letters"),
        ("aBcDeFgHaBcDx", "aaBx", "mixed-case-duplicates"),
    ]
    return [case(s, t, name) for s, t, name in raw]


def random_group(rng: random.Random) -> list:
    alphabets = ["ab", "aA", "abc", "aAbB", "ABC", "xyzXYZ", "abcde", LETTERS]
    out = []
    for i in range(60):
        alphabet = alphabets[i % len(alphabets)]
        n = rng.randint(1, 30) if i < 40 else rng.randint(100, 800)
        kind = rng.choice(["random", "from_s", "from_s", "from_s", "whole", "absent"])
        for attempt in range(50):
            s = "".join(rng.choice(alphabet) for _ in range(n))
            if kind == "random":
                t = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, min(8, n) + 2)))
            elif kind == "from_s":
                k = rng.randint(1, max(1, n // 3))
                t = "".join(rng.sample(s, k))
            elif kind == "whole":
                t = "".join(rng.sample(s, len(s)))
            else:
                extra = rng.choice(alphabet + "Q")
                t = "".join(rng.sample(s, rng.randint(0, min(5, n)))) + extra * (s.count(extra) + 1)
                t = "".join(rng.sample(t, len(t)))
            if len(_min_windows(s, t)) <= 1:
                break
        else:
            s = unique_or_cut(s, t, keep_last=rng.random() < 0.5)
        out.append(case(s, t, f"random-{i:02d}-{kind}"))
    return out


def large(rng: random.Random) -> list:
    out = []

    # 1. small t whose letters appear only in a short tail: every start scans to the end
    body = "".join(rng.choice(LOWER) for _ in range(N - 40))
    tail = "".join(rng.choice(UPPER) for _ in range(40))
    s = body + tail
    t = "".join(rng.sample(tail, 6)) + "qz"
    out.append(case(unique_or_cut(s, t), t, "large-answer-near-end"))

    # 2. t is the multiset of s minus a few characters at both ends
    for _ in range(50):
        s = "".join(rng.choice(LETTERS) for _ in range(N))
        mid = list(s[7:N - 5])
        rng.shuffle(mid)
        t = "".join(mid)
        if len(_min_windows(s, t)) <= 1:
            break
    out.append(case(s, t, "large-t-almost-s"))

    # 3. t is a permutation of s: the answer is the whole string of length 10^5
    s = "".join(rng.choice(LETTERS) for _ in range(N))
    t = "".join(rng.sample(s, N))
    out.append(case(s, t, "large-whole-string"))

    # 4. no window: t needs a letter s lacks (after almost all of s)
    s = "".join(rng.choice(LETTERS.replace("Z", "")) for _ in range(N))
    t = list(s[1:]) + ["Z"]
    rng.shuffle(t)
    out.append(case(s, "".join(t), "large-no-window"))

    # 5. tiny alphabet, medium t: the answer sits somewhere in the middle
    for _ in range(50):
        s = "".join(rng.choice("aAbB") for _ in range(N))
        t = "".join(rng.choice("aAbB") for _ in range(3000))
        if len(_min_windows(s, t)) <= 1:
            break
    else:
        s = unique_or_cut(s, t)
    out.append(case(s, t, "large-small-alphabet"))

    # 6. t holds all 52 letters (some twice): many pointer moves, many distinct keys
    for _ in range(50):
        s = "".join(rng.choice(LETTERS) for _ in range(N))
        t = LETTERS + "".join(rng.sample(LETTERS, 20))
        if len(_min_windows(s, t)) <= 1:
            break
    out.append(case(s, t, "large-all-letters"))

    # 7. long run of 'a', one 'b' at the end, t = half of the a's and the b
    s = "a" * (N - 1) + "b"
    t = "a" * (N // 2) + "b"
    out.append(case(s, t, "large-long-run"))

    # 8. t is the multiset of the middle 40% of s
    for _ in range(50):
        s = "".join(rng.choice(LOWER) for _ in range(N))
        mid = list(s[30000:70000])
        rng.shuffle(mid)
        t = "".join(mid)
        if len(_min_windows(s, t)) <= 1:
            break
    out.append(case(s, t, "large-middle-block"))

    # 9. t is the first and the last letter of s: the only window is the whole string of
    # length exactly 10^5 (a second case for a best length initialised to 10^5 with `<`)
    s = "b" + "a" * (N - 2) + "c"
    out.append(case(s, "cb", "large-whole-string-ends"))
    return out


def write(name: str, cases: list) -> None:
    path = os.path.join(HERE, "data", "secret", name)
    with open(path, "w", encoding="utf-8") as f:
        for c in cases:
            f.write(json.dumps(c, separators=(",", ":")) + "\n")


def main() -> None:
    os.makedirs(os.path.join(HERE, "data", "secret"), exist_ok=True)
    write("01-edge.jsonl", edge())
    write("02-random.jsonl", random_group(random.Random(76)))
    write("03-large.jsonl", large(random.Random(7632)))


if __name__ == "__main__":
    main()
