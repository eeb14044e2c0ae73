# Accepted: the swaps of the first half split into ranges done by a ThreadPoolExecutor (threads
# share the list; each pair is swapped by exactly one worker).
from concurrent.futures import ThreadPoolExecutor

class Solution:
    def reverseString(self, s):
        n = len(s)
        def swap_range(lo, hi):
            for i in range(lo, hi):
                s[i], s[n - 1 - i] = s[n - 1 - i], s[i]
        half = n // 2
        step = max(1, half // 4)
        with ThreadPoolExecutor() as pool:
            futures = [pool.submit(swap_range, lo, min(lo + step, half)) for lo in range(0, half, step)]
            for f in futures:
                f.result()
