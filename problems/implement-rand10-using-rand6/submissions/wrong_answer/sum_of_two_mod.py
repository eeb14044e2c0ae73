# Wrong: the sum of two dice is not uniform (7 is six times likelier than 2), and
# folding 2..12 with % 10 does not fix it.
class Solution:
    def rand10(self):
        return (rand6() + rand6()) % 10 + 1
