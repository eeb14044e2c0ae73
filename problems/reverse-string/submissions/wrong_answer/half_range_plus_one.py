# Wrong: `range(len(s) // 2 + 1)` makes one swap too many; for an even length the
# extra swap exchanges the middle pair back (odd lengths happen to come out right).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n // 2 + 1):
            s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
