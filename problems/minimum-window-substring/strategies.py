"""Hypothesis strategies for Minimum Window Substring."""
import string

from hypothesis import strategies as st


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


# Alphabets weighted to the mistakes seen: t with repeated letters ("ab", "abc"), both cases
# ("aA"), letters 26 apart in ord(c) - ord('a') indexing of a 52-slot array ('A' lands on 'u',
# ... 'F' on 'z'), and all 52 letters.
ALPHABETS = ["a", "ab", "abc", "aA", "aAbB", "ABC", "xyzXYZ", "uA", "uvAB", "zF", "wxyzCDE",
             string.ascii_letters]


def _fillers(t: str) -> str:
    """Letters that are not in t: padding made of them never changes the answer."""
    return "".join(c for c in string.ascii_letters if c not in t)


@st.composite
def _case(draw):
    alphabet = draw(st.sampled_from(ALPHABETS))
    letter = st.sampled_from(alphabet)
    size = draw(st.one_of(st.integers(1, 12), st.integers(1, 40), st.integers(40, 400)))
    s = "".join(draw(st.lists(letter, min_size=size, max_size=size)))
    kind = draw(st.sampled_from(["random", "from_s", "from_s", "from_s", "whole", "absent"]))
    if kind == "random":
        t = "".join(draw(st.lists(letter, min_size=1, max_size=8)))
    elif kind == "from_s":
        # a sub-multiset of s, so an answer exists
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
    # Cutting s to make the answer unique leaves it at one end: pad both ends with letters
    # that are not in t, so the answer sits anywhere (the padding adds no covering window).
    fillers = _fillers(t)
    if fillers and draw(st.sampled_from([True, True, True, False])):
        longest = draw(st.sampled_from([3, 12, 60]))
        s = draw(st.text(alphabet=fillers, min_size=1, max_size=longest)) + s + \
            draw(st.text(alphabet=fillers, max_size=longest))
    return [s, t]


@st.composite
def _at_the_limit(draw):
    """s of the maximal length 10^5 whose only window is the whole of s (or all but its first letter)."""
    body = draw(st.sampled_from(["a", "ab", "aB"]))
    s = (body * MAX_N)[:MAX_N - 1] + "z"
    t = s if draw(st.booleans()) else s[1:]
    return [s, t]


def inputs() -> st.SearchStrategy:
    """Valid [s, t], about one in sixteen of them at the maximal length."""
    return st.one_of(*[_case()] * 15, _at_the_limit())


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
