# Reference: sliding window with a "missing" counter, O(m + n) time, O(52) extra space.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)          # characters of t not yet covered by s[left:right+1]
        left = 0
        best_start, best_len = 0, len(s) + 1
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            if missing == 0:
                # drop surplus characters from the left
                while need[s[left]] < 0:
                    need[s[left]] += 1
                    left += 1
                if right - left + 1 < best_len:
                    best_start, best_len = left, right - left + 1
                # give up s[left] so the window is no longer covering
                need[s[left]] += 1
                missing += 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
