# Too slow: for every character it recomputes the reversed block it belongs to with a
# recursive reverse (instead of reversing each block once): O(k) calls and O(k^2)
# copying per character -- O(n * k^2) bytes overall for n = k = 10^4.
class Solution:
    def rev(self, t: str) -> str:
        if len(t) <= 1:
            return t
        return self.rev(t[1:]) + t[0]

    def reverseStr(self, s: str, k: int) -> str:
        n = len(s)
        res = ""
        for j in range(n):
            start = j // (2 * k) * (2 * k)
            if j - start < k:
                block = s[start:min(start + k, n)]
                res += self.rev(block)[j - start]
            else:
                res += s[j]
        return res
