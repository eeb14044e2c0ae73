# Runtime error: starts the right pointer at len(s) instead of len(s) - 1, so the very
# first swap reads s[len(s)] and raises IndexError.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        left, right = 0, len(s)
        while left < right:
            s[left], s[right] = s[right], s[left]
            left += 1
            right -= 1
