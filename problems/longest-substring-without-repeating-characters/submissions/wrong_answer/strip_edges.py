# Wrong: strips leading and trailing spaces first, so " " gives 0 and a space at either end is lost.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        s = s.strip()
        seen = {}
        l = best = 0
        for r, c in enumerate(s):
            if seen.get(c, -1) >= l:
                l = seen[c] + 1
            seen[c] = r
            best = max(best, r - l + 1)
        return best
