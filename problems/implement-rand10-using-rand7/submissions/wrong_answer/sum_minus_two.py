# Wrong: rand7() + rand7() - 2 is 0..12 (and triangular): out of range.
class Solution:
    def rand10(self):
        return rand7() + rand7() - 2
