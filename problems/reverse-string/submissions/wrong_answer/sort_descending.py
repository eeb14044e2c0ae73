# Wrong: sorts in descending order instead of reversing; it only looks right when
# s was sorted in ascending order to begin with (like the author's test "abcde").
class Solution:
    def reverseString(self, s: List[str]) -> None:
        s.sort(reverse=True)


if __name__ == "__main__":
    t = list("abcde")
    Solution().reverseString(t)
    print(t)  # ['e', 'd', 'c', 'b', 'a'] -- looks fine
