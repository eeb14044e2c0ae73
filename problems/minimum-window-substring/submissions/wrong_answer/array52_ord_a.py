# Wrong answer: a 52-slot count array for "upper and lower case", indexed with
# ord(c) - ord('a'). Uppercase letters get negative indexes, which Python wraps around:
# 'A' (-32) shares slot 20 with 'u', 'B' with 'v', ... 'F' with 'z'. No IndexError, just
# wrong counts whenever both letters of such a pair occur.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = [0] * 52
        for c in t:
            need[ord(c) - ord('a')] += 1
        missing = len(t)
        left = 0
        start, size = 0, len(s) + 1
        for right, c in enumerate(s):
            k = ord(c) - ord('a')
            if need[k] > 0:
                missing -= 1
            need[k] -= 1
            while missing == 0:
                if right - left + 1 < size:
                    start, size = left, right - left + 1
                k = ord(s[left]) - ord('a')
                need[k] += 1
                if need[k] > 0:
                    missing += 1
                left += 1
        return "" if size > len(s) else s[start:start + size]
