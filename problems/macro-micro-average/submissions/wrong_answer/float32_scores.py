# Wrong answer: per-class F1 kept in float32: about 1e-8 off, beyond the 1e-9 tolerance.
import numpy as np
from collections import Counter
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        tp = Counter(t for t, p in zip(y_true, y_pred) if t == p)
        nt, npr = Counter(y_true), Counter(y_pred)
        labels = nt.keys() | npr.keys()
        f1 = np.array([2 * tp[c] / (nt[c] + npr[c]) for c in labels], dtype=np.float32)
        return float(f1.mean()), float(np.float32(sum(tp.values()) / len(y_true)))
