# Wrong: off by one the other way: keeps 1..44 (4 * 11) and folds onto 1..11.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand7() - 1) * 7 + rand7()
            if idx <= 44:
                return (idx - 1) % 11 + 1
