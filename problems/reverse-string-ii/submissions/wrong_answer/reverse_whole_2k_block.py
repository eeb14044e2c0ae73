# Wrong: reverses the whole 2k block instead of only its first k characters.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        res = ""
        for i in range(0, len(s), 2 * k):
            res += s[i:i + 2 * k][::-1]
        return res
