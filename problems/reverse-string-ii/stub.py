# Test your solution with: judge run reverse-string-ii
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        pass
