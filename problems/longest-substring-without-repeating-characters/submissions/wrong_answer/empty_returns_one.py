# Wrong: starts the answer at 1 ("any string has at least one character"), so the
# empty string gives 1 instead of 0.
class Solution:
    def lengthOfLongestSubstring(self, s):
        chars = set()
        l = 0
        result = 1
        for r in range(len(s)):
            while s[r] in chars:
                chars.remove(s[l])
                l += 1
            chars.add(s[r])
            result = max(result, r - l + 1)
        return result
