# Accepted: recursive helper swapping the outer pair then recursing on the inside
# (LeetCode's official recursive approach). Depth n/2 = 5 * 10^4 at the maximum,
# which needs the judge's raised recursion limit.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        def helper(left, right):
            if left < right:
                s[left], s[right] = s[right], s[left]
                helper(left + 1, right - 1)

        helper(0, len(s) - 1)
