# Wrong: dict.fromkeys keeps each character once, so repeated characters are lost.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = list(dict.fromkeys(s))[::-1]
