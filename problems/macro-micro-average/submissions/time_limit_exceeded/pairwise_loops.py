# Time limit exceeded: for each sample i, counts with a Python loop over all samples how many
# share its true label / predicted label, then adds 1/count shares: O(n^2) Python iterations.
def macro_micro_f1(y_true, y_pred):
    n = len(y_true)
    tp_share, true_share, pred_share = {}, {}, {}
    for i in range(n):
        same_true = 0
        same_pred = 0
        for j in range(n):
            if y_true[j] == y_true[i]:
                same_true += 1
            if y_pred[j] == y_pred[i]:
                same_pred += 1
        t, p = y_true[i], y_pred[i]
        true_share[t] = same_true
        pred_share[p] = same_pred
        if t == p:
            tp_share[t] = tp_share.get(t, 0) + 1
    labels = set(true_share) | set(pred_share)
    macro = sum(2 * tp_share.get(c, 0) / (true_share.get(c, 0) + pred_share.get(c, 0)) for c in labels) / len(labels)
    return macro, sum(tp_share.values()) / n
