# TLE: LeetCode "approach 1" brute force -- every pair (i, j) checked with a helper
# that scans the substring with a fresh set. O(n^3).
from typing import List


class Solution:
    def allUnique(self, s: str, start: int, end: int) -> bool:
        chars = set()
        for k in range(start, end):
            if s[k] in chars:
                return False
            chars.add(s[k])
        return True

    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        ans = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if self.allUnique(s, i, j):
                    ans = max(ans, j - i)
        return ans
