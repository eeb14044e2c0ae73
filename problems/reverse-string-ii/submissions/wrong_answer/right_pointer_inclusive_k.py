# Wrong: right pointer min(start + k, n - 1) is used as an inclusive index, so every
# full block reverses k + 1 characters instead of k.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        n = len(a)
        for start in range(0, n, 2 * k):
            l, r = start, min(start + k, n - 1)
            while l < r:
                a[l], a[r] = a[r], a[l]
                l += 1
                r -= 1
        return "".join(a)
