# Wrong: reverses the second k characters of every 2k block instead of the first k.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        a = list(s)
        for i in range(0, len(a), 2 * k):
            a[i + k:i + 2 * k] = a[i + k:i + 2 * k][::-1]
        return "".join(a)
