from hypothesis import strategies as st

MAX_SIZE = 10**4


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in: sizes 1 and sizes near the 10^4 limit (totals
    past 2**31), emb_size == hidden_size,
    emb_size == 2 * hidden_size (where mixing up the later layers' input size is invisible
    for one direction but not the other), 2 to 5 arguments so the defaults are used."""
    size = st.one_of(
        st.integers(1, 4),
        st.integers(1, 64),
        st.sampled_from([1, 2, 10, 20, 100, 128, 256, 300, 512, 768, 1024, MAX_SIZE]),
        st.integers(1, MAX_SIZE),
        st.integers(6000, MAX_SIZE),  # large models: totals past 2**31 (an int32 count wraps)
    )
    layers = st.one_of(st.integers(1, 3), st.integers(1, 10))

    def build(t):
        emb, hidden, tie, num_layers, bidirectional, bias, count = t
        if tie == 1:
            emb = hidden
        elif tie == 2:
            emb = min(MAX_SIZE, 2 * hidden)
        full = [emb, hidden, num_layers, bidirectional, bias]
        return full[:count]

    return st.tuples(
        size, size, st.sampled_from([0, 0, 1, 2]), layers,
        st.booleans(), st.booleans(), st.sampled_from([2, 3, 4, 5, 5, 5]),
    ).map(build)


# The constraint on n (here emb_size and hidden_size): judge run --complexity grows n up to it, no further.
MAX_N = 10**4

def worst_case(n: int) -> list:
    """Sizes n, ten bidirectional layers with biases: the parameter count grows as n^2,
    so a solution that counts parameters one by one is as slow as it can be."""
    n = max(1, int(n))
    return [n, n, 10, True, True]
