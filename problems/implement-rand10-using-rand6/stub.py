# Test your solution with: judge run implement-rand10-using-rand6
# The rand6() API is already defined for you.
# def rand6():
# @return a random integer in the range 1 to 6

class Solution:
    def rand10(self):
        """
        :rtype: int
        """
