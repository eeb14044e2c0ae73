# Wrong answer: treats t as a set of letters -- duplicate letters in t are ignored, so
# s = "aab", t = "aa" gives "a" instead of "aa".
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = set(t)
        window = {}
        formed = 0
        left = 0
        best = (float("inf"), 0, 0)
        for right, ch in enumerate(s):
            window[ch] = window.get(ch, 0) + 1
            if ch in need and window[ch] == 1:
                formed += 1
            while formed == len(need):
                if right - left + 1 < best[0]:
                    best = (right - left + 1, left, right)
                c = s[left]
                window[c] -= 1
                if c in need and window[c] == 0:
                    formed -= 1
                left += 1
        return "" if best[0] == float("inf") else s[best[1]:best[2] + 1]
