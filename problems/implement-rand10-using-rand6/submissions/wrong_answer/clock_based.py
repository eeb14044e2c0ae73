# Wrong: uses the clock as a source of randomness instead of rand6().
import time


class Solution:
    def rand10(self):
        rand6()
        return time.time_ns() % 10 + 1
