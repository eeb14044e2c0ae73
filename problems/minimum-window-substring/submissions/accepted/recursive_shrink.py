# Accepted: the left edge moves in a recursive helper (up to 10^5 deep), with
# sys.setrecursionlimit raised by the solution.
import sys
sys.setrecursionlimit(10 ** 6)

class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = Counter()
        missing = [len(t)]
        best = [None]

        def shrink(l, r):
            # move l right while the window s[l..r] still covers t
            c = s[l]
            if have[c] - 1 >= need[c]:
                have[c] -= 1
                return shrink(l + 1, r)
            return l

        l = 0
        for r, c in enumerate(s):
            have[c] += 1
            if have[c] <= need[c]:
                missing[0] -= 1
            if missing[0] == 0:
                l = shrink(l, r)
                if best[0] is None or r - l < best[0][1] - best[0][0]:
                    best[0] = (l, r)
        return "" if best[0] is None else s[best[0][0]:best[0][1] + 1]
