import random

from hypothesis import strategies as st

PRINTABLE = "".join(chr(c) for c in range(32, 127))


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in: tiny lists, even and odd
    lengths, palindromes, sorted runs, all-equal lists, and lists at the constraint's edge."""
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
    # Palindromes and all-equal lists are edge cases where every wrong reversal looks right, so
    # they get one draw in sixteen each (they were four in ten with one_of(), which merges equal
    # branches); the weight is drawn, and shrinking goes to the plain lists.
    branches = [chars] * 11 + [tiny, sorted_runs, palindromes, all_equal, _long()]
    return st.sampled_from(range(16)).flatmap(lambda i: branches[i]).map(lambda xs: [xs])


@st.composite
def _long(draw):
    """One input in sixteen: 1,000 to 10^5 printable characters (the constraint's edge), built
    from a drawn seed rather than drawn one by one (cheap, and within Hypothesis's buffer)."""
    n = draw(st.sampled_from([1000, 4097, 10**4, MAX_N - 1, MAX_N]))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    return [rng.choice(PRINTABLE) for _ in range(n)]


# The constraint on n (here s.length): judge run --complexity grows n up to it, no further.
MAX_N = 10**5

def worst_case(n: int) -> list:
    """n distinct-as-possible printable characters in a fixed scrambled order.
    Every reversal does the same work whatever the content, so this family only
    needs to be deterministic, non-palindromic and not sorted."""
    n = max(1, int(n))
    return [[PRINTABLE[(i * 37 + 11) % len(PRINTABLE)] for i in range(n)]]
