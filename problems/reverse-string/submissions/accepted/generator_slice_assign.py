# Accepted: slice assignment from a generator reading s backwards; list slice assignment
# materialises the iterable before it writes, so the reads see the original order.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = (s[i] for i in range(len(s) - 1, -1, -1))
