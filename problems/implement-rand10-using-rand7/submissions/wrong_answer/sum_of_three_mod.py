# Wrong: the sum of three draws mod 10 is close to uniform but not uniform.
class Solution:
    def rand10(self):
        return (rand7() + rand7() + rand7()) % 10 + 1
