# Accepted: from every start, extend until the first repeat. At most 95 distinct characters
# fit in a window, so this is O(95 n), not quadratic.
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        n = len(s)
        for i in range(n):
            seen = set()
            for j in range(i, n):
                if s[j] in seen:
                    break
                seen.add(s[j])
            best = max(best, len(seen))
        return best
