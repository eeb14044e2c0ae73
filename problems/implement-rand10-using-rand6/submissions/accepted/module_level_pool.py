# Accepted: unused randomness kept at module level (a uniform value and its range), so it carries
# over from one test case to the next; the outputs still depend on the rand6() stream alone.
# leftover randomness kept at module level, shared by every Solution instance
_pool = [0, 1]   # value, range

def _take(n):
    global _pool
    v, m = _pool
    while True:
        while m < 10 ** 6:
            v = v * 6 + rand6() - 1
            m *= 6
        cut = m - m % n
        if v < cut:
            _pool = [v // n, cut // n]
            return v % n
        v, m = v - cut, m - cut

class Solution:
    def rand10(self):
        return _take(10) + 1
