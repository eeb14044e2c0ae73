# Runtime error: keeps the answer as (length, left, right) initialised with None and
# slices s[ans[1]:ans[2] + 1] without checking -- TypeError when there is no window.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = Counter()
        required, formed = len(need), 0
        ans = (float("inf"), None, None)
        l = 0
        for r, c in enumerate(s):
            window[c] += 1
            if c in need and window[c] == need[c]:
                formed += 1
            while formed == required:
                if r - l + 1 < ans[0]:
                    ans = (r - l + 1, l, r)
                window[s[l]] -= 1
                if s[l] in need and window[s[l]] < need[s[l]]:
                    formed -= 1
                l += 1
        return s[ans[1]:ans[2] + 1]
