# Wrong: a private random.Random(0) generator makes the outputs; rand6() is called
# three times per output so the call count looks plausible. The outputs replay
# identically, but they are the same for every rand6() stream.
import random

_gen = random.Random(0)


class Solution:
    def rand10(self):
        for _ in range(3):
            rand6()
        return _gen.randint(1, 10)
