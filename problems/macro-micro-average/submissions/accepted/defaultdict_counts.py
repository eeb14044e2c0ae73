# Accepted: LintCode style with defaultdict counters for TP, FP and FN, micro from pooled counts.
class Solution:
    """
    @param y_true: the true labels
    @param y_pred: the predicted labels
    @return: [macro F1, micro F1]
    """
    def macroMicroF1(self, y_true, y_pred):
        # write your code here
        tp = defaultdict(int)
        fp = defaultdict(int)
        fn = defaultdict(int)
        for t, p in zip(y_true, y_pred):
            if t == p:
                tp[t] += 1
            else:
                fp[p] += 1
                fn[t] += 1
        labels = set(y_true) | set(y_pred)
        total = 0.0
        for c in labels:
            denom = 2 * tp[c] + fp[c] + fn[c]
            total += 2 * tp[c] / denom if denom else 0.0
        TP, FP, FN = sum(tp.values()), sum(fp.values()), sum(fn.values())
        micro = 2 * TP / (2 * TP + FP + FN)
        return [total / len(labels), micro]
