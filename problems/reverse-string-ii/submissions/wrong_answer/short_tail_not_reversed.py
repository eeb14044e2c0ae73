# Wrong: only reverses blocks that have a full k characters (range stops at n - k), so a
# tail shorter than k -- or the whole string when k > n -- is left unreversed.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        for i in range(0, len(a) - k + 1, 2 * k):
            a[i:i + k] = a[i:i + k][::-1]
        return "".join(a)
