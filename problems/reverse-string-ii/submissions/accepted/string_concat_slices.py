# Accepted: builds the answer as a string, block by block: reversed first k, then the
# next k as they are (idiomatic; the string concatenations are cheap enough here).
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        res = ""
        i = 0
        while i < len(s):
            res += s[i:i + k][::-1] + s[i + k:i + 2 * k]
            i += 2 * k
        return res


if __name__ == "__main__":
    print(Solution().reverseStr("abcdefg", 2))  # bacdfeg
