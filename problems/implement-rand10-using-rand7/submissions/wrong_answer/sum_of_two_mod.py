# Wrong: the sum of two calls is triangular (8 is seven times likelier than 2), and
# folding 2..14 with % 10 keeps it far from uniform.
class Solution:
    def rand10(self):
        return (rand7() + rand7()) % 10 + 1
