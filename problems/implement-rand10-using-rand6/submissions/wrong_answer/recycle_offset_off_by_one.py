# Wrong: recycles the rejected remainder once, with the offset off by one. A rejected
# 31..36 should become 0..5 (idx - 31); idx - 30 gives 1..6, so the second index spans
# 7..42 instead of 1..36 and keeps 7..30: 24 values, a range that is not a multiple of 10
# (7..10 get 3 of them, 1..6 only 2).
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand6() - 1) * 6 + rand6()  # 1..36
            if idx <= 30:
                return (idx - 1) % 10 + 1
            idx = (idx - 30) * 6 + rand6()  # meant to be 1..36
            if idx <= 30:
                return (idx - 1) % 10 + 1
