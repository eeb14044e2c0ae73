# Accepted: close to the entropy bound log(10)/log(7) ~ 1.183 calls per output.
# The object keeps a uniform random number v in [0, m) between calls, tops it up
# with base-7 digits, outputs v % 10 when v lies below the largest multiple of 10
# that fits in m, and keeps v // 10 (uniform and independent of the output) for
# the next call. On the rare rejection v - q is still uniform in [0, m - q).
from typing import List


class Solution:
    def __init__(self):
        self.v = 0
        self.m = 1

    def rand10(self) -> int:
        v, m = self.v, self.m
        while True:
            while m < 1 << 60:
                v = v * 7 + rand7() - 1
                m *= 7
            q = m - m % 10
            if v < q:
                self.v, self.m = v // 10, q // 10
                return v % 10 + 1
            v -= q
            m -= q
