# Wrong: a rejected value 41..49 is returned as idx - 40 (1..9, never 10) instead of being
# reused as a fresh rand9 and combined with another draw.
# reuses the rejected value as if uniform 1..10 (it is 41..49 -> 1..9, never 10)
class Solution:
    def rand10(self):
        idx = (rand7() - 1) * 7 + rand7()
        if idx <= 40:
            return (idx - 1) % 10 + 1
        return idx - 40
