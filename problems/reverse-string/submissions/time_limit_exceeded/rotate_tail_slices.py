# Too slow: for each position i, moves the last character to position i by rebuilding
# the tail slice s[i:] = [s[-1]] + s[i:-1]. Correct, but every step copies O(n)
# elements: O(n^2) overall, about a minute at n = 10^5.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        for i in range(len(s)):
            s[i:] = [s[-1]] + s[i:-1]
