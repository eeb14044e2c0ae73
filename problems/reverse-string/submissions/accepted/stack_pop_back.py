# Accepted: push every character on a stack (a copy), then pop them back into s
# from the front: the last one pushed comes out first. O(n) extra memory.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        stack = []
        for ch in s:
            stack.append(ch)
        for i in range(len(s)):
            s[i] = stack.pop()
