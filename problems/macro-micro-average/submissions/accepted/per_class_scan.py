# Accepted (idiomatic, not optimal): for every label in the union, scan both lists again.
# O(n * C) with C <= 20.
def macro_micro_f1(y_true, y_pred):
    labels = sorted(set(y_true) | set(y_pred))
    f1_scores = []
    for c in labels:
        tp = sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        fp = sum(1 for t, p in zip(y_true, y_pred) if t != c and p == c)
        fn = sum(1 for t, p in zip(y_true, y_pred) if t == c and p != c)
        precision = tp / (tp + fp) if tp + fp > 0 else 0.0
        recall = tp / (tp + fn) if tp + fn > 0 else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0
        f1_scores.append(f1)
    macro = sum(f1_scores) / len(f1_scores)
    correct = sum(1 for t, p in zip(y_true, y_pred) if t == p)
    micro = correct / len(y_true)   # single-label: micro F1 == accuracy
    return macro, micro


if __name__ == "__main__":
    print(macro_micro_f1([0, 1, 2, 0, 1, 2], [0, 2, 1, 0, 0, 1]))
