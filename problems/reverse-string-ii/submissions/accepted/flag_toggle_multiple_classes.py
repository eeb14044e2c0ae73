# Accepted: walks chunks of k with a flag that toggles between "reverse" and "keep".
# Earlier attempts are left in the file; the last class Solution is the one that counts.
class Solution:
    def reverseStr(self, s, k):
        # first try: forgot the tail shorter than k
        res = ""
        for i in range(0, len(s) - k + 1, 2 * k):
            res += s[i:i + k][::-1] + s[i + k:i + 2 * k]
        return res


class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        parts = []
        rev = True
        for i in range(0, len(s), k):
            chunk = s[i:i + k]
            parts.append(chunk[::-1] if rev else chunk)
            rev = not rev
        return "".join(parts)


print(Solution().reverseStr("abcdefg", 2))
