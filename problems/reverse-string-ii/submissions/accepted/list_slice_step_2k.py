# Accepted: LeetCode's official approach -- a list of characters, and for every start
# in range(0, n, 2k) reverse the slice a[start:start+k] (slices clip at the end). O(n).
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        for i in range(0, len(a), 2 * k):
            a[i:i + k] = reversed(a[i:i + k])
        return "".join(a)
