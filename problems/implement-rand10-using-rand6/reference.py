# Reference: rejection sampling that recycles the rejected outcomes.
# Two calls give a uniform index in 1..36; 1..30 map evenly onto 1..10. A rejected
# index 31..36 is itself a uniform value in 1..6, so it stands in for the first
# call of the next attempt: expected 2 + (1/6) / (5/6) = 2.2 calls of rand6().
class Solution:
    def rand10(self) -> int:
        idx = (rand6() - 1) * 6 + rand6()  # uniform in 1..36
        while idx > 30:
            idx = (idx - 31) * 6 + rand6()  # leftover 0..5, times 6, plus 1..6
        return (idx - 1) % 10 + 1
