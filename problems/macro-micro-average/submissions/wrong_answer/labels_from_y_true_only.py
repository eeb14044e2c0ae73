# Wrong answer: the label set is taken from y_true only, so labels that are only predicted
# (their F1 is 0) are left out of the macro average.
from collections import Counter


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        n_true = Counter(y_true)
        n_pred = Counter(y_pred)
        f1 = []
        for c in n_true:
            prec = tp[c] / n_pred[c] if n_pred[c] else 0.0
            rec = tp[c] / n_true[c]
            f1.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return sum(f1) / len(f1), sum(tp.values()) / len(y_true)
