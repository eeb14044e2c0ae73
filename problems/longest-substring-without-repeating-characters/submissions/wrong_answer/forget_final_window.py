# Wrong: the best length is only updated when a repeat is found, so the last window
# (the one still open when the loop ends) is never counted: "abc" gives 0.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = 0
        res = 0
        for i, c in enumerate(s):
            if c in last and last[c] >= left:
                res = max(res, i - left)
                left = last[c] + 1
            last[c] = i
        return res
