# Wrong: lowercases while reversing; characters must be kept exactly.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = [c.lower() for c in reversed(s)]
