# Accepted: a module-level generator function; each Solution keeps its own generator.
def _stream():
    while True:
        x = (rand7() - 1) * 7 + rand7() - 1
        if x < 40:
            yield x % 10 + 1

class Solution:
    def __init__(self):
        self.gen = _stream()
    def rand10(self):
        return next(self.gen)
