# Wrong: on a rejected pair it returns the previous output instead of drawing again:
# uniform overall, but an output repeats the one before it far too often.
class Solution:
    def __init__(self):
        self.last = 1
    def rand10(self):
        x = (rand6() - 1) * 6 + rand6()
        if x > 30:
            return self.last
        self.last = (x - 1) % 10 + 1
        return self.last
