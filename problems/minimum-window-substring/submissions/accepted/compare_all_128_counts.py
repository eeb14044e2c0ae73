# Accepted (slow but linear): a sliding window whose "does it cover t?" test compares all
# 128 ASCII counts at every step instead of keeping a running tally. O(128 n): linear,
# but well over a second at |s| = 10^5. LeetCode accepts it; so must a calibrated limit.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = [0] * 128
        for ch in t:
            need[ord(ch)] += 1
        have = [0] * 128

        def covers() -> bool:
            return all(have[k] >= need[k] for k in range(128))

        best_len, best_start = len(s) + 1, 0
        left = 0
        for right, ch in enumerate(s):
            have[ord(ch)] += 1
            while covers():
                if right - left + 1 < best_len:
                    best_len, best_start = right - left + 1, left
                have[ord(s[left])] -= 1
                left += 1
        return "" if best_len > len(s) else s[best_start:best_start + best_len]
