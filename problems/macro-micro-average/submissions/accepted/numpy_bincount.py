# Accepted: NumPy bincount for TP, predicted and true counts; F1 = 2TP / (2TP + FP + FN).
import numpy as np


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        t = np.asarray(y_true)
        p = np.asarray(y_pred)
        k = int(max(t.max(), p.max())) + 1
        tp = np.bincount(t[t == p], minlength=k)
        true_cnt = np.bincount(t, minlength=k)
        pred_cnt = np.bincount(p, minlength=k)
        present = (true_cnt + pred_cnt) > 0
        denom = (true_cnt + pred_cnt)[present]      # 2TP + FP + FN
        f1 = 2 * tp[present] / denom
        macro = float(f1.mean())
        micro = float((t == p).mean())
        return macro, micro
