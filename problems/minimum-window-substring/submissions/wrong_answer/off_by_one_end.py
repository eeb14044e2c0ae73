# Wrong answer: off-by-one in the window end -- records (left, right) with right
# inclusive but slices s[left:right], returning one character short.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best_l, best_r = -1, len(s)
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left < best_r - best_l:
                    best_l, best_r = left, right
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        if best_l == -1:
            return ""
        return s[best_l:best_r]
