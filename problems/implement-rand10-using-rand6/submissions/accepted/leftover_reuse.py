# Accepted: rejection sampling that reuses the rejected value. A rejected index in
# 31..36 is a uniform number 0..5, worth one rand6() call, so only one new call is
# needed per retry: expected 2 + 1/5 = 2.2 calls.
class Solution:
    def rand10(self) -> int:
        a = rand6() - 1          # 0..5
        while True:
            b = rand6() - 1      # 0..5
            v = a * 6 + b        # uniform 0..35
            if v < 30:
                return v % 10 + 1
            a = v - 30           # uniform 0..5 again, reuse it


if __name__ == "__main__":
    import random
    from collections import Counter

    def rand6():
        return random.randint(1, 6)

    s = Solution()
    print(sorted(Counter(s.rand10() for _ in range(100000)).items()))
