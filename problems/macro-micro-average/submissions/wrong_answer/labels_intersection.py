# Wrong answer: the label set is the intersection of y_true's and y_pred's labels, not the union.
from collections import Counter
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        nt, npr = Counter(y_true), Counter(y_pred)
        labels = nt.keys() & npr.keys()
        macro = sum(2 * tp[c] / (nt[c] + npr[c]) for c in labels) / len(labels) if labels else 0.0
        return macro, sum(tp.values()) / len(y_true)
