# Wrong answer: compares letters case-insensitively (lower-cases s and t first), so 'a'
# in t is matched by 'A' in s.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        low = s.lower()
        need = Counter(t.lower())
        missing = len(t)
        left = 0
        start, size = 0, float("inf")
        for right, ch in enumerate(low):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < size:
                    start, size = left, right - left + 1
                need[low[left]] += 1
                if need[low[left]] > 0:
                    missing += 1
                left += 1
        return "" if size == float("inf") else s[start:start + size]
