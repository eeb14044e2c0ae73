# Wrong answer: integer division (Python 2 habit): tp // (tp + fp) is 0 unless the class is perfect.
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        labels = set(y_true) | set(y_pred)
        tp = dict.fromkeys(labels, 0)
        fp = dict.fromkeys(labels, 0)
        fn = dict.fromkeys(labels, 0)
        for t, p in zip(y_true, y_pred):
            if t == p:
                tp[t] += 1
            else:
                fp[p] += 1
                fn[t] += 1
        f1_sum = 0
        for c in labels:
            precision = tp[c] // (tp[c] + fp[c]) if tp[c] + fp[c] else 0
            recall = tp[c] // (tp[c] + fn[c]) if tp[c] + fn[c] else 0
            if precision + recall:
                f1_sum += 2 * precision * recall // (precision + recall)
        TP = sum(tp.values())
        return f1_sum / len(labels), TP / len(y_true)
