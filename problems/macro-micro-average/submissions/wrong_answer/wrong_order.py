# Wrong answer: returns (micro, macro) instead of (macro, micro).
from collections import Counter


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        n_true, n_pred = Counter(y_true), Counter(y_pred)
        labels = n_true.keys() | n_pred.keys()
        macro = sum(2 * tp[c] / (n_true[c] + n_pred[c]) for c in labels) / len(labels)
        micro = sum(tp.values()) / len(y_true)
        return micro, macro
