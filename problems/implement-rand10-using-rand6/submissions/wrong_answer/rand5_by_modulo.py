# Wrong: rand6() % 5 + 1 is not rand5 (1 gets both 1 and 6), so 1 and 6 come up twice as often.
class Solution:
    def rand10(self):
        return rand6() % 5 + 1 + 5 * (rand6() % 2)
