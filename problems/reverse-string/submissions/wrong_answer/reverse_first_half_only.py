# Wrong: reverses only the first half with slice assignment, thinking the second half
# "follows"; the second half stays where it was.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        half = len(s) // 2
        s[:half] = s[::-1][:half]
