# Accepted: recursion n deep (10^5 at the maximum): each level remembers s[i], recurses, and
# writes it to the mirror position on the way back. Raises the recursion limit itself.
import sys
sys.setrecursionlimit(300000)

class Solution:
    def reverseString(self, s: List[str]) -> None:
        # collect on the way down, write on the way back: depth n
        n = len(s)
        def go(i):
            if i == n:
                return
            ch = s[i]
            go(i + 1)
            s[n - 1 - i] = ch
        go(0)
