# Wrong answer: forgets to keep shrinking from the left -- `if` instead of `while`, so
# the left end moves at most one step per new character and "aaaab", "ab" gives "aaaab".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        have = defaultdict(int)
        formed, required = 0, len(need)
        l = 0
        res, res_len = [-1, -1], float("inf")
        for r in range(len(s)):
            c = s[r]
            have[c] += 1
            if c in need and have[c] == need[c]:
                formed += 1
            if formed == required:
                if r - l + 1 < res_len:
                    res, res_len = [l, r], r - l + 1
                have[s[l]] -= 1
                if s[l] in need and have[s[l]] < need[s[l]]:
                    formed -= 1
                l += 1
        l, r = res
        return s[l:r + 1] if res_len != float("inf") else ""
