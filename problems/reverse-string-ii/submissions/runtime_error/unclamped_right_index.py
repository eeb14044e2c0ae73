# Runtime error: the right pointer start + k - 1 is never clamped to n - 1, so as soon
# as fewer than k characters remain it indexes past the end (IndexError).
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        for start in range(0, len(a), 2 * k):
            l, r = start, start + k - 1
            while l < r:
                a[l], a[r] = a[r], a[l]
                l += 1
                r -= 1
        return "".join(a)
