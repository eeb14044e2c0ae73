# Accepted: three draws give 0..342; keep 0..339 and fold with % 10.
class Solution:
    def rand10(self):
        while True:
            v = (rand7() - 1) * 49 + (rand7() - 1) * 7 + rand7() - 1   # 0..342
            if v < 340:
                return v % 10 + 1
