# Wrong answer: initial best length hard-coded to the constraint maximum 10**5 and
# compared with `<`: a whole-string answer of length exactly 10**5 is missed (returns "").
# Only a maximum-size case catches it.
MAX = 100000


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        missing = len(t)
        left = 0
        best_len, best_start = MAX, -1
        for right, ch in enumerate(s):
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
            while missing == 0:
                if right - left + 1 < best_len:
                    best_len, best_start = right - left + 1, left
                need[s[left]] += 1
                if need[s[left]] > 0:
                    missing += 1
                left += 1
        return "" if best_start < 0 else s[best_start:best_start + best_len]
