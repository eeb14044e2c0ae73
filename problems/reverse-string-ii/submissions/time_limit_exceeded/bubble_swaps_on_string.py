# Too slow: reverses each block by bubbling characters with adjacent swaps, and since a
# str is immutable every swap rebuilds the whole string with slices: O(k^2) swaps per
# block, each O(n) -- about a minute for n = k = 10^4.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        n = len(s)
        for start in range(0, n, 2 * k):
            end = min(start + k, n) - 1
            for last in range(end, start, -1):
                for j in range(start, last):
                    s = s[:j] + s[j + 1] + s[j] + s[j + 2:]
        return s
