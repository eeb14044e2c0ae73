# Wrong: swaps s[i] with its mirror for every i in the whole range instead of half of
# it, so each pair is swapped twice and the list ends up exactly as it started.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n):
            s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
