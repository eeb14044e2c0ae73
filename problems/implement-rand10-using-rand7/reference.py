# Reference: rejection sampling that recycles the rejected outcomes (LeetCode 470's
# official optimisation). Two calls give 1..49; keep 1..40. A rejected 41..49 is a
# uniform 1..9: with one more call it gives 1..63, keep 1..60; a rejected 61..63 is
# a uniform 1..3: with one more call it gives 1..21, keep 1..20; else start over.
# Expected about 2.19 calls of rand7() per output.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand7() - 1) * 7 + rand7()  # 1..49
            if idx <= 40:
                return (idx - 1) % 10 + 1
            idx = (idx - 41) * 7 + rand7()  # 1..63
            if idx <= 60:
                return (idx - 1) % 10 + 1
            idx = (idx - 61) * 7 + rand7()  # 1..21
            if idx <= 20:
                return (idx - 1) % 10 + 1
