# Wrong answer: NumPy division without a zero-division rule: 0/0 becomes NaN (warnings
# silenced), so any label never predicted (or predicted but never right) makes macro F1 NaN.
import numpy as np


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        t = np.array(y_true)
        p = np.array(y_pred)
        labels = np.union1d(t, p)
        with np.errstate(divide="ignore", invalid="ignore"):
            tp = np.array([np.sum((t == c) & (p == c)) for c in labels], dtype=float)
            prec = tp / np.array([np.sum(p == c) for c in labels], dtype=float)
            rec = tp / np.array([np.sum(t == c) for c in labels], dtype=float)
            f1 = 2 * prec * rec / (prec + rec)
        return float(np.mean(f1)), float(np.mean(t == p))
