# Too slow: correct (the sum of independent uniform digits mod 10 is uniform when
# one of them is), but draws 1000 uniform digits per output, ~2,400 calls each.
class Solution:
    def digit(self):
        while True:
            idx = (rand6() - 1) * 6 + rand6()
            if idx <= 30:
                return idx % 10

    def rand10(self) -> int:
        total = 0
        for _ in range(1000):
            total += self.digit()
        return total % 10 + 1
