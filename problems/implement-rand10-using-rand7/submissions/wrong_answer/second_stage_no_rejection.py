# Wrong: recycles the rejected remainder but skips the second stage's rejection step:
# 1..63 is mapped onto 1..10 with a modulo, so 1..3 get 7 of the 63 outcomes, the
# others 6 (the stage is reached 9/49 of the time).
class Solution:
    def rand10(self) -> int:
        idx = (rand7() - 1) * 7 + rand7()  # 1..49
        if idx <= 40:
            return (idx - 1) % 10 + 1
        idx = (idx - 41) * 7 + rand7()  # 1..63
        return (idx - 1) % 10 + 1
