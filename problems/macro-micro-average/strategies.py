from hypothesis import strategies as st

NUM_LABELS = 20


def inputs() -> st.SearchStrategy[list]:
    """Valid argument lists, edge cases weighted in: one or two labels, labels that appear
    only in y_pred or only in y_true, gaps in the label values, mostly-correct predictions."""
    label_sets = st.sampled_from([
        [0], [0, 1], [1, 2], [0, 1, 2], [3, 7], [0, 5, 19], list(range(5)), list(range(NUM_LABELS)),
    ])

    def pairs(labels):
        label = st.sampled_from(labels)
        n = st.integers(1, 30)
        return n.flatmap(lambda k: st.tuples(
            st.lists(label, min_size=k, max_size=k),
            st.lists(label, min_size=k, max_size=k),
            st.lists(st.booleans(), min_size=k, max_size=k),
        ))

    def build(t):
        y_true, y_pred, keep = t
        # make about half of the predictions copy the truth, so true positives are common
        y_pred = [a if k else b for a, b, k in zip(y_true, y_pred, keep)]
        return [y_true, y_pred]

    return label_sets.flatmap(pairs).map(build)


# The constraint on n (here the number of labels): judge run --complexity grows n up to it, no further.
MAX_N = 10**5

def worst_case(n: int) -> list:
    """n labels cycling through all 20 classes, with every fourth prediction shifted: every
    class appears everywhere, so per-sample recounting does n full scans."""
    n = max(1, int(n))
    y_true = [i % NUM_LABELS for i in range(n)]
    y_pred = [(t + 1) % NUM_LABELS if i % 4 == 0 else t for i, t in enumerate(y_true)]
    return [y_true, y_pred]
