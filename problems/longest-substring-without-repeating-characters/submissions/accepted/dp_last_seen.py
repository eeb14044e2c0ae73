# Accepted: dynamic programming. dp = length of the longest valid substring ending at i;
# dp_i = min(dp_{i-1} + 1, i - last[c]). O(n).
from typing import Dict


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last: Dict[str, int] = {}
        dp = 0
        ans = 0
        for i, c in enumerate(s):
            dp = min(dp + 1, i - last.get(c, -1))
            last[c] = i
            ans = max(ans, dp)
        return ans
