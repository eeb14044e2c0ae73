# Wrong: a correct rejection sampler on rand7(), then mixes in the random module
# (imported through __import__ under an innocent name). Uniform, and enough rand7()
# calls, but the outputs are not determined by the rand7() stream alone.
helper = __import__("random")


class Solution:
    def rand10(self):
        idx = 49
        while idx > 40:
            idx = (rand7() - 1) * 7 + rand7()
        return (idx + helper.choice(range(10))) % 10 + 1
