# Time limit exceeded: for every sample, recounts its label's support and predictions with
# list.count over the whole list: O(n^2) (10^10 comparisons for n = 10^5).
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        n_true, n_pred, tp = {}, {}, {}
        for i in range(len(y_true)):
            t, p = y_true[i], y_pred[i]
            n_true[t] = y_true.count(t)
            n_pred[p] = y_pred.count(p)
            tp.setdefault(t, 0)
            tp.setdefault(p, 0)
            if t == p:
                tp[t] += 1
        labels = set(n_true) | set(n_pred)
        f1 = [2 * tp.get(c, 0) / (n_true.get(c, 0) + n_pred.get(c, 0)) for c in labels]
        return sum(f1) / len(f1), sum(tp.values()) / len(y_true)
