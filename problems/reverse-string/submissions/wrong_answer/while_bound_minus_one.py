# Wrong: loop condition `i < j - 1` stops one step early: for an even length the two
# middle characters are never swapped (["a","b"] stays ["a","b"]).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        i, j = 0, len(s) - 1
        while i < j - 1:
            s[i], s[j] = s[j], s[i]
            i += 1
            j -= 1
