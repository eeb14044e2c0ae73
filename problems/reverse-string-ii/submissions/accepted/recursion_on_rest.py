# Accepted: recursive on the rest of the string: reverse s[:k], keep s[k:2k], recurse on s[2k:].
import sys
sys.setrecursionlimit(100000)

class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        if not s:
            return ""
        return s[:k][::-1] + s[k:2 * k] + self.reverseStr(s[2 * k:], k)
