# Accepted: LintCode's min_window(source, target) as a module-level function.
def min_window(source, target):
    from collections import Counter
    if not target or len(target) > len(source):
        return ""
    need = Counter(target)
    have = Counter()
    missing = len(target)
    left = 0
    best_len, best_start = len(source) + 1, 0
    for right, ch in enumerate(source):
        have[ch] += 1
        if have[ch] <= need[ch]:
            missing -= 1
        while missing == 0:
            if right - left + 1 < best_len:
                best_len, best_start = right - left + 1, left
            lc = source[left]
            have[lc] -= 1
            if have[lc] < need[lc]:
                missing += 1
            left += 1
    return "" if best_len > len(source) else source[best_start:best_start + best_len]
