# Accepted: per-label NumPy masks; returns a numpy.float64 (np.mean) beside a Python float.
import statistics
import numpy as np

class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        yt, yp = np.array(y_true), np.array(y_pred)
        scores = []
        for c in sorted(set(y_true) | set(y_pred)):
            tp = np.sum((yt == c) & (yp == c))
            fp = np.sum((yt != c) & (yp == c))
            fn = np.sum((yt == c) & (yp != c))
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return statistics.fmean(scores), np.mean(yt == yp)
