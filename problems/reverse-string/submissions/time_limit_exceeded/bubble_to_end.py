# Too slow: bubbles the first character to the end with adjacent swaps, then the new
# first character to the position before it, and so on. n^2/2 swaps: O(n^2).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for end in range(n - 1, 0, -1):
            for j in range(end):
                s[j], s[j + 1] = s[j + 1], s[j]
