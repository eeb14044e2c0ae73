# Too slow: correct (a sum of independent uniform digits is uniform mod 10), but
# draws 1000 digits per output, ~2,450 calls of rand7() each.
class Solution:
    def rand10(self) -> int:
        total = 0
        for _ in range(1000):
            while True:
                idx = (rand7() - 1) * 7 + rand7()
                if idx <= 40:
                    break
            total += idx
        return total % 10 + 1
