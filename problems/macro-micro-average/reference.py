# Reference: one pass counting, per label, the true positives, how often it is predicted and
# how often it is the true label; then F1 = 2TP / (2TP + FP + FN) per label. O(n + C).
from collections import Counter
from typing import List, Tuple


class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        tp = Counter()
        for t, p in zip(y_true, y_pred):
            if t == p:
                tp[t] += 1
        true_count = Counter(y_true)   # TP + FN per label
        pred_count = Counter(y_pred)   # TP + FP per label
        labels = set(true_count) | set(pred_count)
        f1_sum = 0.0
        for label in labels:
            precision = tp[label] / pred_count[label] if pred_count[label] else 0.0
            recall = tp[label] / true_count[label] if true_count[label] else 0.0
            if precision + recall > 0:
                f1_sum += 2 * precision * recall / (precision + recall)
        macro = f1_sum / len(labels)
        # micro: pool the counts of all labels. Every wrong sample is one FP (for the label
        # predicted) and one FN (for the true label), so FP = FN = n - TP and
        # micro F1 = 2TP / (2TP + FP + FN) = TP / n, the accuracy.
        total_tp = sum(tp.values())
        total_fp = total_fn = len(y_true) - total_tp
        micro = 2 * total_tp / (2 * total_tp + total_fp + total_fn)
        return macro, micro
