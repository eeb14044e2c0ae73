# Accepted: for i in range(n // 2) swap s[i] with s[~i] (~i == -i - 1, the mirror index).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        for i in range(len(s) // 2):
            s[i], s[~i] = s[~i], s[i]
