# Wrong: draws two decimal digits at a time (three calls give 0..215; keep 0..199 and
# hand out its tens and units) but the acceptance bound is off by one: 200 is kept too,
# and its digits (0, 0) make the pair (1, 1) come up 3/201 of the time instead of 2/201.
class Solution:
    def __init__(self):
        self.pending = []

    def rand10(self) -> int:
        if not self.pending:
            while True:
                idx = ((rand6() - 1) * 6 + rand6() - 1) * 6 + rand6() - 1  # 0..215
                if idx <= 200:
                    break
            idx %= 100
            self.pending = [idx % 10 + 1, idx // 10 + 1]
        return self.pending.pop()
