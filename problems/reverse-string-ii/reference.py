# Reference: walk the string in steps of 2k and reverse the first k characters of each
# step in a list of characters (the slice end is clipped automatically, so a tail shorter
# than k is reversed whole). O(n) time, O(n) extra memory for the list.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        chars = list(s)
        for start in range(0, len(chars), 2 * k):
            chars[start:start + k] = chars[start:start + k][::-1]
        return "".join(chars)
