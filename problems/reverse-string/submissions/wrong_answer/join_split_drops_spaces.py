# Wrong: joins, reverses and splits the string back with str.split(), which splits on
# whitespace and drops the spaces (and gives one element per word, not per character).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = list("".join(s)[::-1].split())
