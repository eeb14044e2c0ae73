# TLE: tries lengths from n down and returns the first length with an all-distinct
# window -- O(n^2) windows (each built with a set) before a small answer is reached.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        n = len(s)
        for length in range(n, 0, -1):
            for i in range(n - length + 1):
                if len(set(s[i:i + length])) == length:
                    return length
        return 0
