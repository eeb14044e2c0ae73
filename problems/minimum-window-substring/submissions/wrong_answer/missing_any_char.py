# Wrong answer: counts t's characters but decrements "missing" for every character of s
# that occurs in t, even surplus copies (and increments it back the same way), so extra
# copies of one letter stand in for another letter.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best = ""
        for right, ch in enumerate(s):
            if ch in need:
                missing -= 1
                need[ch] -= 1
            while missing <= 0:
                if not best or right - left + 1 < len(best):
                    best = s[left:right + 1]
                c = s[left]
                if c in need:
                    need[c] += 1
                    missing += 1
                left += 1
        return best
