# Accepted: exact arithmetic with fractions.Fraction, converted to float at the end.
from fractions import Fraction
from collections import Counter

def macro_micro_f1(y_true, y_pred):
    tp = Counter(a for a, b in zip(y_true, y_pred) if a == b)
    nt, np_ = Counter(y_true), Counter(y_pred)
    labels = nt.keys() | np_.keys()
    total = Fraction(0)
    for c in labels:
        p = Fraction(tp[c], np_[c]) if np_[c] else Fraction(0)
        r = Fraction(tp[c], nt[c]) if nt[c] else Fraction(0)
        total += 2 * p * r / (p + r) if p + r else 0
    macro = total / len(labels)
    micro = Fraction(sum(tp.values()), len(y_true))
    return float(macro), float(micro)
