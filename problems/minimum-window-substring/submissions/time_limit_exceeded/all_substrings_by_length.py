# Time limit exceeded: checks every substring, shortest lengths first, building a
# Counter of each one -- O(m^2 * window) in the worst case. Correct, far too slow.
from collections import Counter


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        n = len(s)
        for length in range(len(t), n + 1):
            for i in range(n - length + 1):
                window = Counter(s[i:i + length])
                if all(window[c] >= k for c, k in need.items()):
                    return s[i:i + length]
        return ""
