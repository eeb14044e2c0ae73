# Wrong: numpy's random generator instead of rand7() (drawn in batches, as numpy code
# usually is, so it is fast: the entropy bound catches it, not the time limit).
import numpy as np


class Solution:
    def __init__(self):
        self.gen = np.random.default_rng()
        self.batch = []

    def rand10(self):
        if not self.batch:
            self.batch = self.gen.integers(1, 11, size=4096).tolist()
        return self.batch.pop()
