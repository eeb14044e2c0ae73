# Wrong answer: when the covering window gives up its left end, the dropped character
# s[left] is compared with the count t needs of the character just added (s[right], the
# outer loop's `c`, copied from the expansion step) instead of its own. Harmless while
# every letter of t is needed equally often -- so it passes every sample, where t = "ABC",
# "a" or "aa" -- and wrong once t needs one letter more often than another:
# s = "aab", t = "aab" gives "ab", a window that no longer covers t.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = Counter()
        required, formed = len(need), 0
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, c in enumerate(s):
            window[c] += 1
            if c in need and window[c] == need[c]:
                formed += 1
            while formed == required:
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                d = s[left]
                window[d] -= 1
                if d in need and window[d] < need[c]:
                    formed -= 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
