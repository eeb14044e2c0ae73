# Accepted: deque + set as the window, popleft until the repeated character is gone. O(n).
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        q = deque()
        inq = set()
        best = 0
        for c in s:
            while c in inq:
                inq.discard(q.popleft())
            q.append(c)
            inq.add(c)
            best = max(best, len(q))
        return best
