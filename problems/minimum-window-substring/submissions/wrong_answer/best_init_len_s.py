# Wrong answer: initial best length set too small -- best = len(s) compared with `<`,
# so a window equal to the whole string is never recorded and "" is returned.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = Counter()
        required = len(need)
        formed = 0
        l = 0
        best_len, best_l = len(s), 0
        found = False
        for r, ch in enumerate(s):
            window[ch] += 1
            if ch in need and window[ch] == need[ch]:
                formed += 1
            while formed == required:
                if r - l + 1 < best_len:
                    best_len, best_l = r - l + 1, l
                    found = True
                window[s[l]] -= 1
                if s[l] in need and window[s[l]] < need[s[l]]:
                    formed -= 1
                l += 1
        return s[best_l:best_l + best_len] if found else ""
