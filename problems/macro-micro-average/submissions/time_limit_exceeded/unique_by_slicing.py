# Time limit exceeded: collects the labels with "not in y[:i]" (a slice copy and a scan per
# sample, O(n^2)), then counts per label.
class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        labels = []
        for i in range(len(y_true)):
            if y_true[i] not in y_true[:i] and y_true[i] not in labels:
                labels.append(y_true[i])
            if y_pred[i] not in y_pred[:i] and y_pred[i] not in labels:
                labels.append(y_pred[i])
        pairs = list(zip(y_true, y_pred))
        f1 = []
        for c in labels:
            tp = pairs.count((c, c))
            f1.append(2 * tp / (y_true.count(c) + y_pred.count(c)))
        acc = sum(1 for t, p in pairs if t == p) / len(pairs)
        return sum(f1) / len(f1), acc
