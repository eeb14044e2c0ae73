# Wrong: rejects at the wrong threshold. Keeps 1..42 of 1..49 ("the largest
# multiple of 7 that is at least 40"), so 1 and 2 get 5 of the 42 outcomes and the
# other values only 4.
class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand7() - 1) * 7 + rand7()
            if idx <= 42:
                return (idx - 1) % 10 + 1
