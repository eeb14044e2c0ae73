# Wrong: reverses with one slice s[i+k-1:i-1:-1]; for the first block i - 1 == -1,
# which Python reads as "the last character", so the first block comes out empty.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        res = ""
        for i in range(0, len(s), 2 * k):
            res += s[i + k - 1:i - 1:-1] + s[i + k:i + 2 * k]
        return res
