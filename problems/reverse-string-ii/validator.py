MAX_LEN = 10**4
MAX_K = 10**4
LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or len(args) != 2:
        raise ValueError("args must be a list of exactly two arguments: [s, k]")
    s, k = args
    if not isinstance(s, str):
        raise ValueError(f"s must be a string, got {type(s).__name__}")
    if not 1 <= len(s) <= MAX_LEN:
        raise ValueError(f"1 <= s.length <= 10^4 violated: length {len(s)}")
    for i, c in enumerate(s):
        if c not in LOWER:
            raise ValueError(f"s must consist of only lowercase English letters: s[{i}] = {c!r}")
    if isinstance(k, bool) or not isinstance(k, int):
        raise ValueError(f"k must be an integer, got {type(k).__name__}")
    if not 1 <= k <= MAX_K:
        raise ValueError(f"1 <= k <= 10^4 violated: k = {k}")
