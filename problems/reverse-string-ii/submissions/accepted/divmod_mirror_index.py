# Accepted: computes every output position's source with divmod (block, offset) and the
# mirror index inside the clamped first half.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        n = len(s)
        out = []
        for i in range(n):
            block, pos = divmod(i, 2 * k)
            if pos < k:
                start = block * 2 * k
                end = min(start + k, n) - 1
                out.append(s[start + end - i])
            else:
                out.append(s[i])
        return "".join(out)
