# Accepted: binary search on the answer with a sliding Counter for each length (O(n log 95)).
from collections import Counter

class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        def ok(L):
            if L == 0:
                return True
            cnt = Counter(s[:L])
            if len(cnt) == L:
                return True
            for i in range(L, len(s)):
                cnt[s[i]] += 1
                out = s[i - L]
                cnt[out] -= 1
                if not cnt[out]:
                    del cnt[out]
                if len(cnt) == L:
                    return True
            return False
        lo, hi = 0, min(len(s), 95)
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if ok(mid):
                lo = mid
            else:
                hi = mid - 1
        return lo
