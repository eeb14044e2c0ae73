# Wrong: off-by-one slice s[i:i+k-1] reverses only k - 1 characters of each block.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        res = ""
        for i in range(0, len(s), 2 * k):
            res += s[i:i + k - 1][::-1] + s[i + k - 1:i + 2 * k]
        return res
