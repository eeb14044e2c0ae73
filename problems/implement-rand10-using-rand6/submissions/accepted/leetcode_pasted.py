# Accepted: pasted from LeetCode as is; the header comment and the docstring are
# LeetCode's template, the body calls the global rand6(). Maps 1..30 with // 3.
# The rand6() API is already defined for you.
# def rand6():
# @return a random integer in the range 1 to 6

class Solution:
    def rand10(self):
        """
        :rtype: int
        """
        num = 31
        while num > 30:
            num = (rand6() - 1) * 6 + rand6()
        return (num - 1) // 3 + 1
