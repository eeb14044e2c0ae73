# Wrong: mixes one rand6() call with a private seeded generator. The outputs change
# with the rand6() stream and replay identically, and they look uniform -- but one
# call per output is below the entropy bound (log 10 / log 6 ~ 1.29 calls), so most
# of the randomness comes from somewhere other than rand6().
import random

_gen = random.Random(12345)


class Solution:
    def rand10(self) -> int:
        return (rand6() + _gen.randrange(10)) % 10 + 1
