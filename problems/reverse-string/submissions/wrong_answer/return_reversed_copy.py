# Wrong: returns a reversed copy instead of modifying s; the return value is ignored
# and s is left unchanged.
class Solution:
    def reverseString(self, s: List[str]) -> List[str]:
        return s[::-1]
