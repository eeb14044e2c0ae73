# Wrong: uses the random module instead of rand6(). The outputs look perfectly
# uniform, but they do not come from rand6(): replaying the same rand6() stream
# gives different outputs.
import random


class Solution:
    def rand10(self):
        return random.randint(1, 10)
