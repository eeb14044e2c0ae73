# Wrong answer: returns the macro-averaged precision as the micro F1.
from collections import Counter
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        nt, npr = Counter(y_true), Counter(y_pred)
        labels = nt.keys() | npr.keys()
        macro = sum(2 * tp[c] / (nt[c] + npr[c]) for c in labels) / len(labels)
        micro = sum(tp[c] / npr[c] if npr[c] else 0.0 for c in labels) / len(labels)
        return macro, micro
