# Wrong: only letters are treated as characters of the window (a non-letter ends the
# window), so digits, symbols and spaces never count: "12" gives 0 instead of 2.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        window = []
        for c in s:
            if not c.isalpha():
                window = []
                continue
            if c in window:
                window = window[window.index(c) + 1:]
            window.append(c)
            best = max(best, len(window))
        return best
