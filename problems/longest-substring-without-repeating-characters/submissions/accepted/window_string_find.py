# Accepted: keeps the window as a string and cuts it after the repeated character's str.find.
class Solution:
    def lengthOfLongestSubstring(self, s):
        window = ""
        best = 0
        for c in s:
            pos = window.find(c)
            if pos != -1:
                window = window[pos + 1:]
            window += c
            best = max(best, len(window))
        return best
