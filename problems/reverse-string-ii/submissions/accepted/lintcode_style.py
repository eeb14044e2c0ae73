# Accepted: LintCode-style class with docstring header; two pointers inside a while
# loop over the blocks, using a deque-free plain list.
class Solution:
    """
    @param s: the string
    @param k: the integer k
    @return: the string after reversing
    """
    def reverseStr(self, s, k):
        arr = [c for c in s]
        n = len(arr)
        start = 0
        while start < n:
            l, r = start, start + k - 1
            if r > n - 1:
                r = n - 1
            while l < r:
                arr[l], arr[r] = arr[r], arr[l]
                l += 1
                r -= 1
            start += 2 * k
        return ''.join(arr)
