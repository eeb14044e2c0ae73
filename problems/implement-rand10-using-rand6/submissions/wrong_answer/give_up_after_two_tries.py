# Wrong: rejection sampling that gives up after two rejected attempts and falls back to
# a modulo ("rejection could loop forever"). The fallback index is 31..36, so it only
# ever gives 1..6: 7..10 come up too rarely (1/36 of the time the fallback is taken).
class Solution:
    def rand10(self) -> int:
        for _ in range(2):
            idx = (rand6() - 1) * 6 + rand6()  # 1..36
            if idx <= 30:
                return (idx - 1) % 10 + 1
        return (idx - 1) % 10 + 1
