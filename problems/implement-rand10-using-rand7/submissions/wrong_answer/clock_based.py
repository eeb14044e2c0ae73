# Wrong: the clock is not a source of randomness the problem allows.
import time


class Solution:
    def rand10(self):
        return time.time_ns() % 10 + 1
