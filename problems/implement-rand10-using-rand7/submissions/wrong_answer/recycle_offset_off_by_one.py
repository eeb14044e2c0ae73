# Wrong: LeetCode 470's recycling of the rejected remainder with the offset off by one.
# A rejected 41..49 should become 0..8 (idx - 41); idx - 40 gives 1..9, so the second
# stage spans 8..70 instead of 1..63 and keeps 8..60, a range that is not a multiple of 10.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand7() - 1) * 7 + rand7()  # 1..49
            if idx <= 40:
                return (idx - 1) % 10 + 1
            idx = (idx - 40) * 7 + rand7()  # meant to be 1..63
            if idx <= 60:
                return (idx - 1) % 10 + 1
            idx = (idx - 61) * 7 + rand7()  # 1..21
            if idx <= 20:
                return (idx - 1) % 10 + 1
