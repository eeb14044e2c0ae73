# Runtime error: precision = tp / (tp + fp) without a zero-division guard: ZeroDivisionError
# for a label that is never predicted.
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        labels = set(y_true) | set(y_pred)
        f1s = []
        for c in labels:
            tp = fp = fn = 0
            for t, p in zip(y_true, y_pred):
                if p == c and t == c:
                    tp += 1
                elif p == c:
                    fp += 1
                elif t == c:
                    fn += 1
            precision = tp / (tp + fp)
            recall = tp / (tp + fn)
            f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        acc = sum(t == p for t, p in zip(y_true, y_pred)) / len(y_true)
        return sum(f1s) / len(f1s), acc
