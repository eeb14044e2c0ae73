# Too slow: pairs every character with its index and insertion-sorts the pairs by
# index in descending order, then writes the characters back. Correct, O(n^2).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        pairs = [(i, c) for i, c in enumerate(s)]
        for i in range(1, len(pairs)):
            cur = pairs[i]
            j = i - 1
            while j >= 0 and pairs[j][0] < cur[0]:
                pairs[j + 1] = pairs[j]
                j -= 1
            pairs[j + 1] = cur
        for i, (_, c) in enumerate(pairs):
            s[i] = c
