# Wrong: off by one in the range. Correct rejection sampling, but it returns the
# 0-based value 0..9 instead of 1..10.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand6() - 1) * 6 + (rand6() - 1)  # 0..35
            if idx < 30:
                return idx % 10
