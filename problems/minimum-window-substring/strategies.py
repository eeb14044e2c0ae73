"""Hypothesis strategies for Minimum Window Substring."""
import string

from hypothesis import strategies as st

ALPHABETS = ["a", "ab", "aA", "abc", "aAbB", "ABC", "xyzXYZ", string.ascii_letters]


def _min_windows(s: str, t: str) -> tuple:
    """(minimal length, start indices of all covering windows of that length)."""
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    cnt = dict(need)
    missing = len(t)
    left = 0
    best = len(s) + 1
    for right, c in enumerate(s):
        if cnt.get(c, 0) > 0:
            missing -= 1
        cnt[c] = cnt.get(c, 0) - 1
        while missing == 0:
            best = min(best, right - left + 1)
            d = s[left]
            cnt[d] += 1
            if cnt[d] > 0:
                missing += 1
            left += 1
    if best > len(s):
        return best, []
    starts = [i for i in range(len(s) - best + 1) if _covers(s[i:i + best], need)]
    return best, starts


def _covers(w: str, need: dict) -> bool:
    return all(w.count(c) >= k for c, k in need.items())


def make_unique(s: str, t: str, keep_last: bool = False) -> str:
    """Return s, cut so that the minimal window of t in it is unique.

    Cutting s just after the first minimal window (or just before the last one)
    leaves exactly one covering window of the minimal length."""
    best, starts = _min_windows(s, t)
    if len(starts) <= 1:
        return s
    if keep_last:
        return s[starts[-1]:]
    return s[:starts[0] + best]


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(ALPHABETS))
    letter = st.sampled_from(alphabet)
    s = "".join(draw(st.lists(letter, min_size=1, max_size=40)))
    kind = draw(st.sampled_from(["random", "from_s", "from_s", "whole", "absent"]))
    if kind == "random":
        t = "".join(draw(st.lists(letter, min_size=1, max_size=8)))
    elif kind == "from_s":
        # a sub-multiset of s, so an answer usually exists
        picks = draw(st.lists(st.integers(0, len(s) - 1), min_size=1, max_size=min(8, len(s)),
                              unique=True))
        t = "".join(s[i] for i in picks)
        t = "".join(draw(st.permutations(list(t))))
    elif kind == "whole":
        t = "".join(draw(st.permutations(list(s))))
    else:
        # one character s cannot provide enough of
        extra = draw(st.sampled_from(string.ascii_letters))
        t = extra * (s.count(extra) + 1) + "".join(draw(st.lists(letter, max_size=4)))
    s = make_unique(s, t, keep_last=draw(st.booleans()))
    return [s, t]


def inputs() -> st.SearchStrategy:
    return _case()


# The constraint on n (here s.length and t.length): judge run --complexity grows n up to it, no further.
MAX_N = 10**5

def worst_case(n: int) -> list:
    """s = 'a'*(n-1) + 'b', t = 'a'*(n//2) + 'b': the unique answer is the suffix of
    length n//2 + 1, the rare 'b' is at the very end (brute force scans to the end from
    every start) and the window is long (re-counting it at every step is quadratic)."""
    n = max(n, 2)
    s = "a" * (n - 1) + "b"
    t = "a" * (n // 2) + "b"
    return [s, t]
