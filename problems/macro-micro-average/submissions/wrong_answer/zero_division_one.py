# Wrong answer: zero division gives 1 instead of 0 (like zero_division=1), including F1 when
# precision + recall == 0, so a label that is predicted but never right scores F1 = 1.
def safe_div(a, b):
    return a / b if b else 1.0


class Solution:
    def macro_micro_f1(self, y_true, y_pred):
        labels = set(y_true) | set(y_pred)
        tp = {c: 0 for c in labels}
        fp = {c: 0 for c in labels}
        fn = {c: 0 for c in labels}
        for t, p in zip(y_true, y_pred):
            if t == p:
                tp[t] += 1
            else:
                fp[p] += 1
                fn[t] += 1
        f1 = []
        for c in labels:
            prec = safe_div(tp[c], tp[c] + fp[c])
            rec = safe_div(tp[c], tp[c] + fn[c])
            f1.append(safe_div(2 * prec * rec, prec + rec))
        TP = sum(tp.values())
        return sum(f1) / len(f1), safe_div(TP, len(y_true))
