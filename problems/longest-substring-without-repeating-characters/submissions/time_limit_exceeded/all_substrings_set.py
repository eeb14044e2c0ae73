# TLE: checks every substring s[i:j] with a set -- O(n^3).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                sub = s[i:j]
                if len(set(sub)) == len(sub):
                    best = max(best, j - i)
        return best
