# Accepted (slow but linear): from every start, grow a set until a character repeats.
# Each start looks at most at 96 characters (the distinct characters a string can hold
# here), so this is O(96 n): linear, but about a hundred times the sliding window and
# over a second at the maximum length. LeetCode accepts it; so must a calibrated limit.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for i in range(len(s)):
            seen = set()
            for j in range(i, len(s)):
                if s[j] in seen:
                    break
                seen.add(s[j])
            best = max(best, len(seen))
        return best
