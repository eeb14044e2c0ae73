# Wrong answer: off-by-one in the window end the other way -- the window is s[l:r)
# with r exclusive, but the answer is sliced as s[l:r + 1], one character too long.
class Solution:
    def minWindow(self, s, t):
        cnt = collections.Counter(t)
        missing = len(t)
        l = 0
        ans_l, ans_r = 0, 0
        best = len(s) + 1
        for r in range(1, len(s) + 1):
            c = s[r - 1]
            if cnt[c] > 0:
                missing -= 1
            cnt[c] -= 1
            while missing == 0:
                if r - l < best:
                    best, ans_l, ans_r = r - l, l, r
                cnt[s[l]] += 1
                if cnt[s[l]] > 0:
                    missing += 1
                l += 1
        if best > len(s):
            return ""
        return s[ans_l:ans_r + 1]
