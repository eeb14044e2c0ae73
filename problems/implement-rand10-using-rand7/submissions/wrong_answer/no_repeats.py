# Wrong: avoids returning the same value twice in a row ("that doesn't look random").
# Frequencies stay uniform, but the outputs are no longer independent.
class Solution:
    def __init__(self):
        self.last = None

    def rand10(self):
        while True:
            idx = (rand7() - 1) * 7 + rand7()
            if idx > 40:
                continue
            x = (idx - 1) % 10 + 1
            if x != self.last:
                self.last = x
                return x
