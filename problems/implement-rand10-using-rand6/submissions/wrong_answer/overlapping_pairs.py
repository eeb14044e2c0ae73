# Wrong: the second die of one pair is reused as the first die of the next: consecutive
# outputs share a draw and are correlated.
# keeps the second die for the next call as its first die (overlapping pairs)
class Solution:
    def __init__(self):
        self.carry = None
    def rand10(self):
        while True:
            a = self.carry if self.carry is not None else rand6()
            b = rand6()
            self.carry = b
            x = (a - 1) * 6 + b
            if x <= 30:
                return (x - 1) % 10 + 1
