# Wrong: `s = s[::-1]` only rebinds the local name s to a new list; the caller's
# list is never modified (it is still in its original order after the call).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s = s[::-1]
