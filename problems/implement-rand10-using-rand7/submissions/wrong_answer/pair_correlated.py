# Wrong: halves the cost by returning x, then x % 10 + 1 on the next call. Each
# output alone is uniform, but every second output is fixed by the one before.
class Solution:
    def __init__(self):
        self.queue = []

    def rand10(self):
        if self.queue:
            return self.queue.pop()
        idx = 41
        while idx > 40:
            idx = (rand7() - 1) * 7 + rand7()
        x = (idx - 1) % 10 + 1
        self.queue.append(x % 10 + 1)
        return x
