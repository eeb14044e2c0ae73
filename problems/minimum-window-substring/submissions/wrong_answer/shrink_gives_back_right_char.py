# Wrong answer: when the covering window gives up its left end, the count given back is
# that of the character just added (s[right]) instead of the one dropped (s[left]).
# Harmless when both are the same letter, wrong otherwise: "abaa", "aa" gives "aba" (and
# LeetCode's first example already exposes it: no variant of this class passes the samples).
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                need[ch] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
