# Accepted: reuses the rejected remainder, written as a loop over "how many uniform
# values do I have left". Same call count as LeetCode's official answer (~2.19).
class Solution:
    def rand10(self) -> int:
        size, value = 7, rand7() - 1          # value uniform in [0, size)
        while True:
            size, value = size * 7, value * 7 + rand7() - 1
            keep = size - size % 10
            if value < keep:
                return value % 10 + 1
            size, value = size - keep, value - keep   # leftover, still uniform
            if size == 1:
                size, value = 7, rand7() - 1
