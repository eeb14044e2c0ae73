# Accepted: a 95-bit Python int as the window's character set.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        mask = 0
        left = 0
        best = 0
        for right, c in enumerate(s):
            bit = 1 << (ord(c) - 32)
            while mask & bit:
                mask &= ~(1 << (ord(s[left]) - 32))
                left += 1
            mask |= bit
            best = max(best, right - left + 1)
        return best
