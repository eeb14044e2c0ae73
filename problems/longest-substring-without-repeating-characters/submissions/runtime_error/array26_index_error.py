# Runtime error: a 26-slot array indexed by ord(c) - ord('a'); a digit or a space gives
# a negative index below -26, and an uppercase letter too -> IndexError.
class Solution:
    def lengthOfLongestSubstring(self, s):
        last = [-1] * 26
        left = 0
        ans = 0
        for i, c in enumerate(s):
            k = ord(c) - ord('a')
            if last[k] >= left:
                left = last[k] + 1
            last[k] = i
            ans = max(ans, i - left + 1)
        return ans
