# Too slow: a swap(s, i, j) helper that converts the string to a list and back on every
# call, used to bubble each block into reverse order: O(k^2) helper calls per block,
# each O(n) -- far beyond the limit for n = k = 10^4.
def swap(s, i, j):
    chars = list(s)
    chars[i], chars[j] = chars[j], chars[i]
    return "".join(chars)


class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        n = len(s)
        for start in range(0, n, 2 * k):
            end = min(start + k, n)
            for rounds in range(end - start - 1):
                for j in range(start, end - 1 - rounds):
                    s = swap(s, j, j + 1)
        return s
