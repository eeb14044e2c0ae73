# Wrong: copies the mirror character into place instead of swapping, so by the time
# the second half is written its original characters are already overwritten: the
# result is a palindrome ("hello" -> "olllo").
class Solution:
    def reverseString(self, s: List[str]) -> None:
        n = len(s)
        for i in range(n):
            s[i] = s[n - 1 - i]
