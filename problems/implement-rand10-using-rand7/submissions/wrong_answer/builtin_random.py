# Wrong: ignores rand7() and uses the random module.
import random


class Solution:
    def rand10(self):
        return random.randint(1, 10)
