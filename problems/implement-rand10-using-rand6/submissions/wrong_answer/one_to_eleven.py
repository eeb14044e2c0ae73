# Wrong: off by one the other way. Keeps 33 of the 36 outcomes and folds them onto
# 1..11 (33 = 3 * 11), so it returns 11 about one time in eleven.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand6() - 1) * 6 + rand6()  # 1..36
            if idx <= 33:
                return (idx - 1) % 11 + 1
