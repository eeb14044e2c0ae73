# Time limit exceeded: LintCode-style brute force -- for every pair (i, j) test whether
# source[i..j] contains target by comparing 52 letter counts, O(52 * m^2).
class Solution:
    """
    @param source : A string
    @param target: A string
    @return: A string denote the minimum window
    """
    def minWindow(self, source, target):
        letters = [chr(c) for c in range(65, 91)] + [chr(c) for c in range(97, 123)]
        need = {c: target.count(c) for c in letters}
        ans = ""
        for i in range(len(source)):
            have = {c: 0 for c in letters}
            for j in range(i, len(source)):
                have[source[j]] += 1
                if all(have[c] >= need[c] for c in letters):
                    if ans == "" or j - i + 1 < len(ans):
                        ans = source[i:j + 1]
                    break
        return ans
