# Accepted: a generator yields each reversed first half and each kept second half; joined once.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        def pieces():
            for i in range(0, len(s), 2 * k):
                yield s[i:i + k][::-1]
                yield s[i + k:i + 2 * k]
        return "".join(pieces())
