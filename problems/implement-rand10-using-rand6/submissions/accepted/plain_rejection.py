# Accepted: plain rejection sampling. Two calls make a uniform index in 1..36;
# keep 1..30 (three copies of 1..10), redraw both on 31..36. 2 * 36/30 = 2.4 calls.
class Solution:
    def rand10(self):
        while True:
            row = rand6()
            col = rand6()
            idx = (row - 1) * 6 + col
            if idx <= 30:
                return 1 + (idx - 1) % 10
