# Wrong: counts distinct characters of the whole string (a subsequence, not a substring).
def lengthOfLongestSubstring(s):
    return len(set(s))
