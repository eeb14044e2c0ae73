# Accepted: a 20 x 20 confusion matrix; TP on the diagonal, FP = column sum - TP,
# FN = row sum - TP. O(n + C^2).
class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        C = 20
        cm = [[0] * C for _ in range(C)]
        for t, p in zip(y_true, y_pred):
            cm[t][p] += 1
        f1s = []
        tp_all = fp_all = fn_all = 0
        for c in range(C):
            tp = cm[c][c]
            fn = sum(cm[c]) - tp
            fp = sum(cm[r][c] for r in range(C)) - tp
            if tp + fp + fn == 0:
                continue  # label in neither list
            prec = tp / (tp + fp) if tp + fp else 0.0
            rec = tp / (tp + fn) if tp + fn else 0.0
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
            tp_all += tp
            fp_all += fp
            fn_all += fn
        micro_p = tp_all / (tp_all + fp_all)
        micro_r = tp_all / (tp_all + fn_all)
        micro = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
        return sum(f1s) / len(f1s), micro
