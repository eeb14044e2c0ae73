# Wrong: recycles the rejected remainder once but skips that stage's rejection step:
# 1..36 is mapped onto 1..10 with a modulo, so 1..6 get 4 of the 36 outcomes, 7..10
# only 3 (the stage is reached 1/6 of the time).
class Solution:
    def rand10(self) -> int:
        idx = (rand6() - 1) * 6 + rand6()  # 1..36
        if idx <= 30:
            return (idx - 1) % 10 + 1
        idx = (idx - 31) * 6 + rand6()  # 1..36
        return (idx - 1) % 10 + 1
