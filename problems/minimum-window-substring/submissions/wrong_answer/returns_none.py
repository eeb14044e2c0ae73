# Wrong answer: returns None instead of "" when no window exists.
from typing import Optional


class Solution:
    def minWindow(self, s: str, t: str) -> Optional[str]:
        need = Counter(t)
        missing = len(t)
        left = 0
        ans = None
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if ans is None or right - left + 1 < len(ans):
                    ans = s[left:right + 1]
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return ans
