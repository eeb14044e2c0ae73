# Wrong: lowercases the string first, so 'a' and 'A' count as the same character:
# "aA" gives 1 instead of 2.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        s = s.lower()
        last = {}
        left = best = 0
        for i, c in enumerate(s):
            if last.get(c, -1) >= left:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
        return best
