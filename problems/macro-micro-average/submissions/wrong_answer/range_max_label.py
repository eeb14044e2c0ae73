# Wrong answer: averages over every label 0..max(label) instead of the labels that appear,
# so gaps in the label values add spurious zero F1 scores to the macro average.
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        k = max(max(y_true), max(y_pred)) + 1
        tp = [0] * k
        n_true = [0] * k
        n_pred = [0] * k
        for t, p in zip(y_true, y_pred):
            n_true[t] += 1
            n_pred[p] += 1
            if t == p:
                tp[t] += 1
        f1 = []
        for c in range(k):
            prec = tp[c] / n_pred[c] if n_pred[c] else 0.0
            rec = tp[c] / n_true[c] if n_true[c] else 0.0
            f1.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
        return sum(f1) / k, sum(tp) / len(y_true)
