# Wrong: strips the spaces out before solving, as if a space were not a character:
# " " gives 0 instead of 1, "a b" gives 2 instead of 3.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        s = s.replace(" ", "")
        window = ""
        best = 0
        for ch in s:
            if ch in window:
                window = window[window.index(ch) + 1:]
            window += ch
            best = max(best, len(window))
        return best
