# Wrong: saves calls by returning a fresh uniform x, then x % 10 + 1 on the next
# call. Both outputs are uniform, but the second is fixed by the first.
class Solution:
    def __init__(self):
        self.pending = None

    def rand10(self):
        if self.pending is not None:
            out, self.pending = self.pending, None
            return out
        while True:
            idx = (rand6() - 1) * 6 + rand6()
            if idx <= 30:
                break
        x = (idx - 1) % 10 + 1
        self.pending = x % 10 + 1
        return x
