# Wrong answer: rounds both results to 4 decimals; the tolerance is 1e-9.
from collections import Counter
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        nt, npr = Counter(y_true), Counter(y_pred)
        labels = nt.keys() | npr.keys()
        macro = sum(2 * tp[c] / (nt[c] + npr[c]) for c in labels) / len(labels)
        return round(macro, 4), round(sum(tp.values()) / len(y_true), 4)
