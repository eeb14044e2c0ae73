# Accepted: LeetCode editorial approach 2 -- run the sliding window only over the
# positions of s whose character occurs in t (filtered_s), which helps when t is small.
from collections import Counter
from typing import List, Tuple


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        dict_t = Counter(t)
        required = len(dict_t)
        filtered_s: List[Tuple[int, str]] = [(i, ch) for i, ch in enumerate(s) if ch in dict_t]
        l, r = 0, 0
        formed = 0
        window_counts = {}
        ans = float("inf"), None, None
        while r < len(filtered_s):
            character = filtered_s[r][1]
            window_counts[character] = window_counts.get(character, 0) + 1
            if window_counts[character] == dict_t[character]:
                formed += 1
            while l <= r and formed == required:
                character = filtered_s[l][1]
                start = filtered_s[l][0]
                end = filtered_s[r][0]
                if end - start + 1 < ans[0]:
                    ans = (end - start + 1, start, end)
                window_counts[character] -= 1
                if window_counts[character] < dict_t[character]:
                    formed -= 1
                l += 1
            r += 1
        return "" if ans[0] == float("inf") else s[ans[1]: ans[2] + 1]


if __name__ == "__main__":
    print(Solution().minWindow("ADOBECODEBANC", "ABC"))  # BANC
    print(Solution().minWindow("a", "aa"))  # ""
