# Wrong: recycling the rejected remainder with the offset off by one. A rejected 31..36
# should become 0..5 (idx - 31); idx - 30 gives 1..6, so the next index spans 7..42
# instead of 1..36 and keeps 7..30, a range that is not a multiple of 10.
class Solution:
    def rand10(self) -> int:
        idx = (rand6() - 1) * 6 + rand6()  # 1..36
        while idx > 30:
            idx = (idx - 30) * 6 + rand6()  # meant to be 1..36
        return (idx - 1) % 10 + 1
