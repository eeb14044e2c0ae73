# Wrong answer: decrements "formed" wrongly -- whenever a character of t leaves the
# window (even when the window still has more than enough copies of it), so the window
# stops being treated as valid too early and "formed" drifts.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        required = len(need)
        window = {}
        formed = 0
        l = 0
        ans = (float("inf"), 0, 0)
        for r, ch in enumerate(s):
            window[ch] = window.get(ch, 0) + 1
            if ch in need and window[ch] == need[ch]:
                formed += 1
            while l <= r and formed == required:
                if r - l + 1 < ans[0]:
                    ans = (r - l + 1, l, r)
                c = s[l]
                window[c] -= 1
                if c in need and window[c] <= need[c]:
                    formed -= 1
                l += 1
        return "" if ans[0] == float("inf") else s[ans[1]:ans[2] + 1]
