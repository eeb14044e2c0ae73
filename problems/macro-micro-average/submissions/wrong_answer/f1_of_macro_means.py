# Wrong answer: macro F1 computed as the harmonic mean of macro precision and macro recall
# (F1 of the averages) instead of the mean of the per-class F1 scores.
class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        labels = set(y_true) | set(y_pred)
        ps, rs = [], []
        correct = 0
        for c in labels:
            tp = sum(1 for t, p in zip(y_true, y_pred) if t == p == c)
            n_pred = y_pred.count(c)
            n_true = y_true.count(c)
            ps.append(tp / n_pred if n_pred else 0.0)
            rs.append(tp / n_true if n_true else 0.0)
            correct += tp
        P = sum(ps) / len(ps)
        R = sum(rs) / len(rs)
        macro = 2 * P * R / (P + R) if P + R else 0.0
        return macro, correct / len(y_true)
