# Wrong: strips leading and trailing spaces before reversing: a space is a character too.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = list("".join(s).strip()[::-1])
