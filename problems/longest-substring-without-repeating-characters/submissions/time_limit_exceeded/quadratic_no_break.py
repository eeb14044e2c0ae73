# TLE: for each start, walks to the end of the string even after a repeat (no early
# break; a flag just stops counting) -- O(n^2).
def lengthOfLongestSubstring(s: str) -> int:
    n = len(s)
    ans = 0
    for i in range(n):
        seen = set()
        ok = True
        for j in range(i, n):
            if ok:
                if s[j] in seen:
                    ok = False
                else:
                    seen.add(s[j])
                    ans = max(ans, j - i + 1)
    return ans
