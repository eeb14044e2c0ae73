# Wrong: modulo bias, no rejection. 36 outcomes folded onto 10 values: 1..6 get 4
# outcomes each, 7..10 only 3, so 1..6 come up a third more often than 7..10.
class Solution:
    def rand10(self):
        return (6 * (rand6() - 1) + rand6() - 1) % 10 + 1
