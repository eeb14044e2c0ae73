# Wrong: returns 1, 2, ..., 10, 1, 2, ... Every value is exactly equally frequent,
# but the outputs are not random at all. It calls rand6() to look honest.
class Solution:
    def __init__(self):
        self.i = 0

    def rand10(self):
        rand6()
        self.i = self.i % 10 + 1
        return self.i
