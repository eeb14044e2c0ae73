# Wrong: its own seeded random.Random(0) makes the outputs, with three rand7() calls
# per output for show. Replays identically, but every rand7() stream gets the same
# outputs.
import random


class Solution:
    gen = random.Random(0)

    def rand10(self):
        rand7(); rand7(); rand7()
        return self.gen.randint(1, 10)
