# Wrong: draws two decimal digits at a time (three calls give 0..342; keep 0..299 and
# hand out its tens and units) but the acceptance bound is off by one: 300 is kept too,
# and its digits (0, 0) make the pair (1, 1) come up 4/301 of the time instead of 3/301.
class Solution:
    def __init__(self):
        self.pending = []

    def rand10(self) -> int:
        if not self.pending:
            while True:
                idx = ((rand7() - 1) * 7 + rand7() - 1) * 7 + rand7() - 1  # 0..342
                if idx <= 300:
                    break
            idx %= 100
            self.pending = [idx % 10 + 1, idx // 10 + 1]
        return self.pending.pop()
