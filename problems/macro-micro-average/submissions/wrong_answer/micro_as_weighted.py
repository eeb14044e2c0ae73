# Wrong answer: "micro" computed as the support-weighted mean of the per-class F1 scores,
# which is sklearn's average="weighted", not micro.
from collections import Counter


def macro_micro_f1(y_true, y_pred):
    tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
    n_true = Counter(y_true)
    n_pred = Counter(y_pred)
    labels = set(n_true) | set(n_pred)
    f1 = {c: 2 * tp[c] / (n_true[c] + n_pred[c]) for c in labels}
    macro = sum(f1.values()) / len(labels)
    micro = sum(f1[c] * n_true[c] for c in labels) / len(y_true)
    return macro, micro
