# Wrong: an array of 26+26+10 slots indexed by a hand-written mapping that only knows
# letters and digits; every other character (space, symbols) falls into one shared
# slot 0, so e.g. "!@#" counts as one repeated character and gives 1 instead of 3.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        def idx(c):
            if "a" <= c <= "z":
                return 1 + ord(c) - ord("a")
            if "A" <= c <= "Z":
                return 27 + ord(c) - ord("A")
            if "0" <= c <= "9":
                return 53 + ord(c) - ord("0")
            return 0
        last = [-1] * 63
        left = best = 0
        for i, c in enumerate(s):
            k = idx(c)
            if last[k] >= left:
                left = last[k] + 1
            last[k] = i
            best = max(best, i - left + 1)
        return best
