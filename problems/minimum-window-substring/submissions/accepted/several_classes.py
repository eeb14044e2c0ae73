# Accepted: a scratch file with an earlier brute-force attempt left in; the last
# `class Solution` (deque of positions of needed characters + missing counter) wins.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        best = ""
        for i in range(len(s)):
            for j in range(i + 1, len(s) + 1):
                if not (Counter(t) - Counter(s[i:j])):
                    if not best or j - i < len(best):
                        best = s[i:j]
                    break
        return best


class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)
        window = defaultdict(int)
        pos = deque()              # indices of characters of t inside the window
        missing = len(t)
        best = (float("inf"), 0)
        for r, c in enumerate(s):
            if c not in need:
                continue
            pos.append(r)
            window[c] += 1
            if window[c] <= need[c]:
                missing -= 1
            # drop useless characters at the front of the window
            while pos and window[s[pos[0]]] > need[s[pos[0]]]:
                window[s[pos[0]]] -= 1
                pos.popleft()
            if missing == 0 and r - pos[0] + 1 < best[0]:
                best = (r - pos[0] + 1, pos[0])
        if best[0] == float("inf"):
            return ""
        return s[best[1]:best[1] + best[0]]
