# Accepted: builds a reversed copy, then writes it back into the same list with
# slice assignment (s[:] = ...), so the caller's list changes. O(n) extra memory.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = s[::-1]
