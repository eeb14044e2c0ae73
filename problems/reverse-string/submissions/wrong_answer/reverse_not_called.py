# Wrong: `s.reverse` without parentheses just looks the method up and never calls it,
# so nothing happens to s.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s.reverse
