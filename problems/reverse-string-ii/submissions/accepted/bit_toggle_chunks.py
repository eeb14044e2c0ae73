# Accepted: chunks of k, reversing every other one with a flag toggled by XOR.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        res = []
        flip = 0
        for i in range(0, len(s), k):
            chunk = s[i:i + k]
            res.append(chunk if flip & 1 else chunk[::-1])
            flip ^= 1
        return "".join(res)
