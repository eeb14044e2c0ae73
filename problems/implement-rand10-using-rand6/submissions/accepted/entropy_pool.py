# Accepted: close to the entropy bound log(10)/log(6) ~ 1.285 calls per output.
# The object keeps a uniform random number v in [0, m) between calls. It tops m up
# with base-6 digits from rand6(); when v falls in the largest multiple of 10 below
# m, it outputs v % 10 and keeps v // 10 (uniform in [0, m // 10), independent of
# the output) for the next call; otherwise it keeps v - q, uniform in [0, m - q).
# Nothing is thrown away except the rare rejection, so the cost per output tends
# to log(10) / log(6) calls.
class Solution:
    LIMIT = 6 ** 20

    def __init__(self):
        self.v = 0
        self.m = 1

    def rand10(self) -> int:
        while True:
            while self.m < self.LIMIT:
                self.v = self.v * 6 + rand6() - 1
                self.m *= 6
            q = self.m - self.m % 10
            if self.v < q:
                out = self.v % 10
                self.v //= 10
                self.m = q // 10
                return out + 1
            self.v -= q
            self.m -= q
