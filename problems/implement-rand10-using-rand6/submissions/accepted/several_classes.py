# Accepted: several attempts left in the file; the last class Solution is the one
# that counts. It rejects 31..36 of a 6x6 grid and folds 1..30 with % 10.
class Solution:
    def rand10(self):
        # first try: biased, 36 outcomes do not split evenly into 10
        return ((rand6() - 1) * 6 + rand6() - 1) % 10 + 1


class Solution:
    def rand10(self):
        # second try: still wrong, the sum of two dice is not uniform
        return (rand6() + rand6()) % 10 + 1


GRID = [[(r * 6 + c) % 10 + 1 if r * 6 + c < 30 else 0 for c in range(6)]
        for r in range(6)]  # 0 marks the six rejected cells


class Solution:
    def rand10(self) -> int:
        while True:
            v = GRID[rand6() - 1][rand6() - 1]
            if v:
                return v
