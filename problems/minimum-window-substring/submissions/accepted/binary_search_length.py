# Accepted (idiomatic but not optimal): binary search on the window length; a window of
# length L covering t exists => one of length L+1 does too. Each probe is a fixed-size
# sliding window over s. O((m + n) log m).
from typing import List


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        n = len(s)
        if len(t) > n:
            return ""
        codes: List[int] = [ord(c) for c in s]
        need = [0] * 128
        for c in t:
            need[ord(c)] += 1

        def find(length: int) -> int:
            # start of the first window of this length that covers t, or -1
            cnt = need[:]
            missing = len(t)
            for r in range(n):
                c = codes[r]
                if cnt[c] > 0:
                    missing -= 1
                cnt[c] -= 1
                if r >= length:
                    d = codes[r - length]
                    cnt[d] += 1
                    if cnt[d] > 0:
                        missing += 1
                if missing == 0 and r >= length - 1:
                    return r - length + 1
            return -1

        lo, hi = len(t), n + 1          # hi = n + 1 means "no window at all"
        best_start = -1
        while lo < hi:
            mid = (lo + hi) // 2
            start = find(mid)
            if start >= 0:
                hi, best_start = mid, start
            else:
                lo = mid + 1
        if lo > n:
            return ""
        return s[best_start:best_start + lo]
