# Runtime error: count arrays sized by max(y_true) + 1, so a predicted label larger than every
# true label indexes past the end (IndexError).
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        k = max(y_true) + 1
        tp = [0] * k
        n_true = [0] * k
        n_pred = [0] * k
        for t, p in zip(y_true, y_pred):
            n_true[t] += 1
            n_pred[p] += 1
            if t == p:
                tp[t] += 1
        labels = [c for c in range(k) if n_true[c] or n_pred[c]]
        f1 = [2 * tp[c] / (n_true[c] + n_pred[c]) for c in labels]
        return sum(f1) / len(f1), sum(tp) / len(y_true)
