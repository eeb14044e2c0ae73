# Wrong answer: stops as soon as the window holds 26 distinct characters ("it cannot get
# longer than the alphabet") -- but s may hold any of the 95 printable characters.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = best = 0
        for i, c in enumerate(s):
            if last.get(c, -1) >= left:
                left = last[c] + 1
            last[c] = i
            best = max(best, i - left + 1)
            if best == 26:
                break
        return best
