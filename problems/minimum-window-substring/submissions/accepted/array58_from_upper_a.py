# Accepted: count arrays of 58 slots indexed by ord(c) - ord('A'), which covers 'A'..'z'.
class Solution:
    def minWindow(self, s, t):
        need = [0] * 58
        for c in t:
            need[ord(c) - 65] += 1
        have = [0] * 58
        required = sum(1 for v in need if v)
        formed = 0
        best = (float("inf"), 0, 0)
        l = 0
        for r, c in enumerate(s):
            k = ord(c) - 65
            have[k] += 1
            if need[k] and have[k] == need[k]:
                formed += 1
            while formed == required:
                if r - l + 1 < best[0]:
                    best = (r - l + 1, l, r + 1)
                k2 = ord(s[l]) - 65
                have[k2] -= 1
                if need[k2] and have[k2] < need[k2]:
                    formed -= 1
                l += 1
        return "" if best[0] == float("inf") else s[best[1]:best[2]]
