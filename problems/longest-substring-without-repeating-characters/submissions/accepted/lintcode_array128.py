# Accepted: LintCode style, an array of 128 last positions indexed by ord(c). O(n).
class Solution:
    """
    @param: s: a string
    @return: an integer
    """
    def lengthOfLongestSubstring(self, s):
        # write your code here
        pos = [-1] * 128
        start = 0
        ans = 0
        for i in range(len(s)):
            c = ord(s[i])
            if pos[c] >= start:
                start = pos[c] + 1
            pos[c] = i
            if i - start + 1 > ans:
                ans = i - start + 1
        return ans
