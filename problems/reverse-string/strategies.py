from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in: tiny lists, even and odd
    lengths, palindromes, sorted runs, all-equal lists."""
    alphabets = st.sampled_from(["ab", "aA", "a ", "abc", "xyz!", "0123456789", PRINTABLE])
    chars = alphabets.flatmap(
        lambda alpha: st.lists(st.sampled_from(alpha), min_size=2, max_size=30)
    )
    tiny = st.lists(st.sampled_from(PRINTABLE), min_size=1, max_size=3)
    all_equal = st.tuples(st.sampled_from(PRINTABLE), st.integers(1, 20)).map(lambda p: [p[0]] * p[1])
    # palindromes, odd or even, where rebinding mistakes look right
    palindromes = st.tuples(chars, st.booleans()).map(
        lambda p: p[0] + p[0][::-1][1 if p[1] else 0:]
    )
    sorted_runs = chars.map(sorted)
    return st.one_of(tiny, chars, chars, chars, palindromes, sorted_runs, all_equal).map(lambda xs: [xs])


# The constraint on n (here s.length): judge run --complexity grows n up to it, no further.
MAX_N = 10**5

def worst_case(n: int) -> list:
    """n distinct-as-possible printable characters in a fixed scrambled order.
    Every reversal does the same work whatever the content, so this family only
    needs to be deterministic, non-palindromic and not sorted."""
    n = max(1, int(n))
    return [[PRINTABLE[(i * 37 + 11) % len(PRINTABLE)] for i in range(n)]]
