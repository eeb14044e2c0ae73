# Wrong: rejects at the wrong threshold (<= 30 on a 0-based index, i.e. keeps 31
# outcomes 0..30), so 1 gets 4 of the 31 kept outcomes and every other value 3.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand6() - 1) * 6 + (rand6() - 1)  # 0..35
            if idx <= 30:
                return idx % 10 + 1
