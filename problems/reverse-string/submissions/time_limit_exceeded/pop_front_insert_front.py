# Too slow: takes each character out of the list (pop(i)) and inserts it at the front
# (insert(0, ...)); both shift the rest of the list. Correct, but every step moves O(n)
# elements: O(n^2) overall, seconds at n = 10^5 — hundreds of times the reference,
# which the old shared 2 s floor accepted whenever the machine was quick.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        for i in range(len(s)):
            s.insert(0, s.pop(i))
