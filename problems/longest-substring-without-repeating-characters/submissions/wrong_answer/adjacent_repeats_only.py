# Wrong: only checks the previous character for a repeat, so "abca" is taken as 4
# instead of 3 (a repeat can be anywhere in the window).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        if not s:
            return 0
        best = cur = 1
        for i in range(1, len(s)):
            if s[i] == s[i - 1]:
                cur = 1
            else:
                cur += 1
            best = max(best, cur)
        return best
