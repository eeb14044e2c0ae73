# Runtime error: assumes lowercase letters only and indexes a 26-slot list with
# ord(c) - ord('a'); an uppercase letter gives index -32 -> IndexError.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = [0] * 26
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
