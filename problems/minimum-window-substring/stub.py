# Write your solution below, then run `judge run minimum-window-substring` to test it.
class Solution:
    def minWindow(self, s: str, t: str) -> str:
        pass
