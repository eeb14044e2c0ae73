# Runtime error: starts the window with s[0], which raises IndexError on the empty string.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = s[0]
        best = 1
        for ch in s[1:]:
            if ch in window:
                window = window[window.index(ch) + 1:]
            window += ch
            best = max(best, len(window))
        return best
