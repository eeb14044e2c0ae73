# Accepted: keep the window as a string; on a repeat cut it just after the old occurrence.
# Slicing costs O(window) <= 95 characters, so O(95 n) overall.
print("debug: loaded string_window")


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        # first try: forgot that the window must restart after the repeat, not at it
        return len(set(s))


class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        window = ""
        longest = 0
        for ch in s:
            k = window.find(ch)
            if k != -1:
                window = window[k + 1:]
            window += ch
            longest = max(longest, len(window))
        return longest


if __name__ == "__main__":
    for t in ["abcabcbb", "bbbbb", "pwwkew", ""]:
        print(t, Solution().lengthOfLongestSubstring(t))
