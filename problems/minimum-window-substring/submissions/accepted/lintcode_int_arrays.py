# Accepted: LintCode 32 style (parameters source/target), Java-like int arrays indexed
# by ord() and a running count of matched characters. O(m + n).
class Solution:
    """
    @param source : A string
    @param target: A string
    @return: A string denote the minimum window, return "" if there is no such a string
    """
    def minWindow(self, source, target):
        need = [0] * 128
        for c in target:
            need[ord(c)] += 1
        have = [0] * 128
        matched = 0
        total = len(target)
        start, min_len = 0, len(source) + 1
        j = 0
        n = len(source)
        for i in range(n):
            # extend j until the window source[i:j] covers target
            while j < n and matched < total:
                k = ord(source[j])
                have[k] += 1
                if have[k] <= need[k]:
                    matched += 1
                j += 1
            if matched == total and j - i < min_len:
                start, min_len = i, j - i
            k = ord(source[i])
            have[k] -= 1
            if have[k] < need[k]:
                matched -= 1
        if min_len > n:
            return ""
        return source[start:start + min_len]


s = Solution()
print(s.minWindow("ADOBECODEBANC", "ABC"))
