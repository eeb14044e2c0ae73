# Wrong: `range(len(s) // 2 - 1)` makes one swap too few, so the innermost pair is
# left in place (for len 2 and 3 nothing at all is swapped).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n // 2 - 1):
            s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
