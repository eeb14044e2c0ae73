# Accepted: cut s into chunks of k and reverse every other chunk (the 0th, 2nd, ...),
# then join them back together.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        chunks = [s[i:i + k] for i in range(0, len(s), k)]
        for idx in range(0, len(chunks), 2):
            chunks[idx] = chunks[idx][::-1]
        return "".join(chunks)
