# Wrong: one rand5 draw serves two consecutive outputs (only the parity bit is fresh).
# draws one rand6 per call for the bit but reuses one rand5 for two calls
class Solution:
    def __init__(self):
        self.r5 = None
    def rand10(self):
        if self.r5 is None:
            while True:
                r = rand6()
                if r < 6:
                    break
            self.r5 = r
            out = r
        else:
            out, self.r5 = self.r5, None
        return out + 5 * (rand6() % 2)
