# Wrong: reads the operating system's randomness (os.urandom) instead of rand6().
# Rejection sampling on a byte keeps it uniform, but it ignores the given API.
import os


class Solution:
    def rand10(self):
        while True:
            b = os.urandom(1)[0]
            if b < 250:
                return b % 10 + 1
