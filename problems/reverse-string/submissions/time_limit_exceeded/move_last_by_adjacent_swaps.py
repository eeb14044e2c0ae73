# Too slow: for each i, walks the last character down to position i one adjacent
# swap at a time (insertion-sort style). Correct, but O(n^2) swaps.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n):
            j = n - 1
            while j > i:
                s[j - 1], s[j] = s[j], s[j - 1]
                j -= 1
