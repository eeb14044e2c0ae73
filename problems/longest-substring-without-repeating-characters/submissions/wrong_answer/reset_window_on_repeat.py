# Wrong: on a repeat the window restarts at the current character (start = i) instead of
# just after the earlier occurrence: "dvdf" gives 2 instead of 3.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        seen = set()
        start = 0
        ans = 0
        for i, c in enumerate(s):
            if c in seen:
                seen = set()
                start = i
            seen.add(c)
            ans = max(ans, i - start + 1)
        return ans
