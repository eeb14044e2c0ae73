# Time limit exceeded: for every start, extend the end one character at a time until the
# window covers t (with a "missing" counter, so each extension is O(1)) -- O(m^2).
def min_window(s, t):
    need = {}
    for c in t:
        need[c] = need.get(c, 0) + 1
    best = ""
    n = len(s)
    for i in range(n):
        cnt = dict(need)
        missing = len(t)
        for j in range(i, n):
            c = s[j]
            if cnt.get(c, 0) > 0:
                missing -= 1
            if c in cnt:
                cnt[c] -= 1
            if missing == 0:
                if not best or j - i + 1 < len(best):
                    best = s[i:j + 1]
                break
        else:
            break  # no window starts at i, so none starts later either
    return best
