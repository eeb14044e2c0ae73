# Accepted: earlier attempts left in the file; only the last class Solution counts.
# It keeps 1..40 of the 7x7 grid and maps them with ceil(idx / 4).
class Solution:
    def rand10(self):
        # attempt 1: sum of two calls, not uniform
        return (rand7() + rand7()) % 10 + 1


class Solution:
    def rand10(self) -> int:
        while True:
            idx = 7 * (rand7() - 1) + rand7()
            if idx <= 40:
                return (idx + 3) // 4


if __name__ == "__main__":
    import random
    from collections import Counter

    rand7 = lambda: random.randint(1, 7)
    print(Counter(Solution().rand10() for _ in range(70000)))
