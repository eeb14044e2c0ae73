# Accepted: camelCase entry, LintCode-style parameter names, defaultdict counts, returns a list.
from collections import defaultdict

class Solution:
    """
    @param labels: ground truth
    @param predictions: predicted labels
    @return: [macro F1, micro F1]
    """
    def macroMicroF1(self, labels, predictions):
        tp, fp, fn = defaultdict(int), defaultdict(int), defaultdict(int)
        for a, b in zip(labels, predictions):
            if a == b:
                tp[a] += 1
            else:
                fp[b] += 1
                fn[a] += 1
        classes = set(labels) | set(predictions)
        f1s = []
        for c in classes:
            denom = 2 * tp[c] + fp[c] + fn[c]
            f1s.append(2 * tp[c] / denom if denom else 0.0)
        TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
        return [sum(f1s) / len(f1s), 2 * TP / (2 * TP + FP + FN)]
