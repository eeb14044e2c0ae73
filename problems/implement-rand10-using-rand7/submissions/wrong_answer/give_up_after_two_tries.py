# Wrong: rejection sampling that gives up after two rejected attempts and falls back to
# a modulo ("rejection could loop forever"). The fallback index is 41..49, so it only
# ever gives 1..9: 10 comes up 0.34% too rarely.
class Solution:
    def rand10(self) -> int:
        for _ in range(2):
            idx = (rand7() - 1) * 7 + rand7()  # 1..49
            if idx <= 40:
                return (idx - 1) % 10 + 1
        return (idx - 1) % 10 + 1
