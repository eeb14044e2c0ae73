# Time limit exceeded: sliding window, but it rebuilds Counter(window) from scratch at
# every step to test coverage -- O(m * window length).
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)

        def covers(l: int, r: int) -> bool:
            return not (need - Counter(s[l:r + 1]))

        best = ""
        l = 0
        for r in range(len(s)):
            while l <= r and covers(l, r):
                if not best or r - l + 1 < len(best):
                    best = s[l:r + 1]
                l += 1
        return best
