# Wrong: misreads the rule for the last block -- when fewer than 2k characters remain it
# reverses all of them, although only the first k should be reversed when at least k remain.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        n = len(a)
        for i in range(0, n, 2 * k):
            if n - i < 2 * k:
                a[i:] = a[i:][::-1]
            else:
                a[i:i + k] = a[i:i + k][::-1]
        return "".join(a)
