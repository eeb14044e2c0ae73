# Wrong: treats k > len(s) as "nothing to do" and returns s unchanged, but then fewer
# than k characters are left and all of them must be reversed.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        if k > len(s):
            return s
        a = list(s)
        for i in range(0, len(a), 2 * k):
            a[i:i + k] = a[i:i + k][::-1]
        return "".join(a)
