# Accepted: the accepted cells of the 6 x 6 grid in a dict built once behind functools.lru_cache.
from functools import lru_cache

@lru_cache(maxsize=None)
def table():
    return {i * 6 + j: (i * 6 + j) % 10 + 1 for i in range(6) for j in range(6) if i * 6 + j < 30}

class Solution:
    def rand10(self):
        t = table()
        while True:
            key = (rand6() - 1) * 6 + rand6() - 1
            if key in t:
                return t[key]
