"""Constraints of Minimum Window Substring (LeetCode 76)."""
import string

MAX_LEN = 10 ** 5
LETTERS = frozenset(string.ascii_letters)


def _min_windows(s: str, t: str) -> list:
    """Start indices of all covering windows of minimal length (empty if none)."""
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    # 1) minimal length, by the usual sliding window
    cnt = dict(need)
    missing = len(t)
    left = 0
    best = len(s) + 1
    for right, c in enumerate(s):
        if cnt.get(c, 0) > 0:
            missing -= 1
        cnt[c] = cnt.get(c, 0) - 1
        while missing == 0:
            if right - left + 1 < best:
                best = right - left + 1
            d = s[left]
            cnt[d] += 1
            if cnt[d] > 0:
                missing += 1
            left += 1
    if best > len(s):
        return []
    # 2) every window of that fixed length which covers t
    cnt = dict(need)
    missing = len(t)
    starts = []
    for right, c in enumerate(s):
        if cnt.get(c, 0) > 0:
            missing -= 1
        cnt[c] = cnt.get(c, 0) - 1
        if right >= best:
            d = s[right - best]
            cnt[d] += 1
            if cnt[d] > 0:
                missing += 1
        if right >= best - 1 and missing == 0:
            starts.append(right - best + 1)
    return starts


def validate(args: list) -> None:
    if not isinstance(args, list) or len(args) != 2:
        raise ValueError("args must be a list [s, t]")
    s, t = args
    for name, v in (("s", s), ("t", t)):
        if not isinstance(v, str):
            raise ValueError(f"{name} must be a string, got {type(v).__name__}")
        if not 1 <= len(v) <= MAX_LEN:
            raise ValueError(f"1 <= {name}.length <= 10^5 violated (length {len(v)})")
        bad = set(v) - LETTERS
        if bad:
            raise ValueError(
                f"{name} must consist of English letters only, found {sorted(bad)[:5]!r}")
    starts = _min_windows(s, t)
    if len(starts) > 1:
        raise ValueError(
            f"the minimum window must be unique, but {len(starts)} windows of the minimal "
            f"length start at {starts[:5]}")
