# Accepted: written like scikit-learn's precision_recall_fscore_support: per-label arrays of
# counts over the sorted union of labels, a _safe_divide helper with zero_division=0.
# An earlier draft (first class) used only y_true's labels; the last class Solution counts.
from typing import List, Tuple


class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        labels = sorted(set(y_true))
        return 0.0, 0.0


def _safe_divide(num, den):
    return num / den if den != 0 else 0.0


class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        labels = sorted(set(y_true).union(y_pred))
        index = {lab: i for i, lab in enumerate(labels)}
        k = len(labels)
        tp_sum = [0] * k
        pred_sum = [0] * k
        true_sum = [0] * k
        for t, p in zip(y_true, y_pred):
            true_sum[index[t]] += 1
            pred_sum[index[p]] += 1
            if t == p:
                tp_sum[index[t]] += 1
        precision = [_safe_divide(tp_sum[i], pred_sum[i]) for i in range(k)]
        recall = [_safe_divide(tp_sum[i], true_sum[i]) for i in range(k)]
        f = [_safe_divide(2 * precision[i] * recall[i], precision[i] + recall[i]) for i in range(k)]
        macro = sum(f) / k
        micro_precision = _safe_divide(sum(tp_sum), sum(pred_sum))
        micro_recall = _safe_divide(sum(tp_sum), sum(true_sum))
        micro = _safe_divide(2 * micro_precision * micro_recall, micro_precision + micro_recall)
        return (macro, micro)
