# Accepted: appendleft every character onto a deque (reverses the order), then copy
# back element by element. deque comes from LeetCode's pre-imports (collections).
class Solution:
    def reverseString(self, s: List[str]) -> None:
        dq = deque()
        for ch in s:
            dq.appendleft(ch)
        for i, ch in enumerate(dq):
            s[i] = ch
