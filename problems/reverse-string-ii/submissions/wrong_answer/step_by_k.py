# Wrong: steps by k instead of 2k, so every chunk of k is reversed (the "leave the next
# k as they are" part is skipped).
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        for i in range(0, len(a), k):
            a[i:i + k] = a[i:i + k][::-1]
        return "".join(a)
