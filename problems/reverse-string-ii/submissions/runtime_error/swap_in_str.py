# Runtime error: swaps characters of the str directly, but Python strings are immutable:
# "'str' object does not support item assignment" (TypeError) on the first swap.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        for start in range(0, len(s), 2 * k):
            i, j = start, min(start + k, len(s)) - 1
            while i < j:
                s[i], s[j] = s[j], s[i]
                i += 1
                j -= 1
        return s
