# Wrong: off by one in the range: a correct rejection sampler that returns 0..9.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand7() - 1) * 7 + (rand7() - 1)  # 0..48
            if idx < 40:
                return idx % 10
