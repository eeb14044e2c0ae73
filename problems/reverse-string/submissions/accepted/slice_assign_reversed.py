# Accepted: slice assignment from the reversed() iterator. Several attempts left in
# the file as people do on LeetCode; the last class Solution is the one that counts.
class Solution:
    def reverseString(self, s):
        s = s[::-1]          # first try: only rebinds the local name


class Solution:
    def reverseString(self, s):
        return list(reversed(s))   # second try: returns a new list, s unchanged


class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = reversed(s)


if __name__ == "__main__":
    chars = list("hello")
    Solution().reverseString(chars)
    print(chars)
