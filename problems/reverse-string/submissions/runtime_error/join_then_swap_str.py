# Runtime error: turns the list into a str first, then tries to swap characters of the
# str in place -- str does not support item assignment (TypeError), except for length 1.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s = "".join(s)
        i, j = 0, len(s) - 1
        while i < j:
            s[i], s[j] = s[j], s[i]
            i += 1
            j -= 1
