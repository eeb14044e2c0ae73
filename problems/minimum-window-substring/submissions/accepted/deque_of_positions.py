# Accepted: a deque of the positions of t's characters only; the left end pops from it.
from collections import deque, defaultdict

class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = defaultdict(int)
        for c in t:
            need[c] += 1
        window = defaultdict(int)
        positions = deque()
        satisfied = 0
        best = None
        for r, c in enumerate(s):
            if c not in need:
                continue
            positions.append(r)
            window[c] += 1
            if window[c] == need[c]:
                satisfied += 1
            while satisfied == len(need):
                l = positions[0]
                if best is None or r - l < best[1] - best[0]:
                    best = (l, r)
                lc = s[l]
                window[lc] -= 1
                if window[lc] < need[lc]:
                    satisfied -= 1
                positions.popleft()
        return s[best[0]:best[1] + 1] if best else ""
