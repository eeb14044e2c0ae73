import string

from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def _distinct_run(draw) -> str:
    """A run of 20 to 95 distinct printable characters inside random text: answers above 26
    (the size of one case of the alphabet) and the whole printable range."""
    chars = draw(st.permutations(PRINTABLE))
    run = "".join(chars[:draw(st.integers(20, len(PRINTABLE)))])
    around = st.text(alphabet=PRINTABLE, max_size=draw(st.sampled_from([5, 40, 200])))
    return draw(around) + run + draw(around)


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in: tiny classics, small alphabets (repeats
    everywhere), lower and upper case, digits, symbols and space, long runs of distinct
    characters (answers of 27 to 95), and texts up to a few thousand characters."""
    alphabets = st.sampled_from(["a", "ab", "abc", "aA", "a ", "ab ", "abcd", "xyz!", "09", "a1!A ",
                                 string.ascii_letters, string.digits + string.punctuation, PRINTABLE])
    small = alphabets.flatmap(
        lambda alpha: st.text(alphabet=alpha, min_size=0, max_size=30)
    )
    wide = st.text(alphabet=PRINTABLE, min_size=0, max_size=120)
    long = st.integers(500, 4000).flatmap(
        lambda n: st.text(alphabet=st.sampled_from(PRINTABLE), min_size=n, max_size=n))
    tiny = st.sampled_from(["", " ", "a", "aa", "abba", "dvdf", "tmmzuxt", "aA", "  ", "a b"])
    return st.one_of(tiny, small, small, wide, st.composite(_distinct_run)(), long).map(lambda s: [s])


# The constraint on n (here s.length): judge run --complexity grows n up to it, no further.
MAX_N = 5 * 10**4

def worst_case(n: int) -> list:
    """All 95 printable characters repeated: every window has 95 distinct characters,
    so checking each substring or restarting at each start does as much work as possible."""
    n = max(0, int(n))
    return ["".join(PRINTABLE[i % len(PRINTABLE)] for i in range(n))]
