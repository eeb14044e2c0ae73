# Wrong: rand5 is fine, but rand7() % 2 is not a fair coin (1, 3, 5, 7 are odd, only
# 2, 4, 6 even), so 6..10 come up 4/3 as often as 1..5.
class Solution:
    def rand10(self):
        a = rand7()
        while a > 5:
            a = rand7()
        return a + 5 * (rand7() % 2)
