# Wrong: `left = last[c] + 1` without max(): on "abba" the left pointer jumps back to 1
# when the second 'a' comes, giving 3 instead of 2.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = 0
        best = 0
        for i, c in enumerate(s):
            if c in last:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
