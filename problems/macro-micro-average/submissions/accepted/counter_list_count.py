# Accepted: Counter over (true, pred) pairs and list.count per label (C-speed scans, O(n * C)).
from collections import Counter


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        pairs = Counter(zip(y_true, y_pred))
        labels = set(y_true) | set(y_pred)
        f1 = []
        for c in labels:
            tp = pairs[(c, c)]
            n_true = y_true.count(c)
            n_pred = y_pred.count(c)
            f1.append(2 * tp / (n_true + n_pred))  # n_true + n_pred > 0 for every label in the union
        accuracy = sum(v for (t, p), v in pairs.items() if t == p) / len(y_true)
        return sum(f1) / len(f1), accuracy
