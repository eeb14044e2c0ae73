# Accepted: two pointers per block on a char list; the right end is clamped with
# min(start + k, n) - 1 so a tail shorter than k is reversed whole. O(n), in place.
from typing import List


class Solution:
    def reverse(self, chars: List[str], left: int, right: int) -> None:
        while left < right:
            chars[left], chars[right] = chars[right], chars[left]
            left += 1
            right -= 1

    def reverseStr(self, s: str, k: int) -> str:
        chars = list(s)
        n = len(chars)
        for start in range(0, n, 2 * k):
            self.reverse(chars, start, min(start + k, n) - 1)
        return "".join(chars)
