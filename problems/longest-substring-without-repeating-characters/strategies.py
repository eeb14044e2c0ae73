from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in."""
    alphabets = st.sampled_from(["a", "ab", "abc", "aA", "a ", "ab ", "abcd", "xyz!", PRINTABLE])
    small = alphabets.flatmap(
        lambda alpha: st.text(alphabet=alpha, min_size=0, max_size=30)
    )
    wide = st.text(alphabet=PRINTABLE, min_size=0, max_size=40)
    tiny = st.sampled_from(["", " ", "a", "aa", "abba", "dvdf", "tmmzuxt", "aA", "  ", "a b"])
    return st.one_of(tiny, small, small, wide).map(lambda s: [s])


# The constraint on n (here s.length): judge run --complexity grows n up to it, no further.
MAX_N = 5 * 10**4

def worst_case(n: int) -> list:
    """All 95 printable characters repeated: every window has 95 distinct characters,
    so checking each substring or restarting at each start does as much work as possible."""
    n = max(0, int(n))
    return ["".join(PRINTABLE[i % len(PRINTABLE)] for i in range(n))]
