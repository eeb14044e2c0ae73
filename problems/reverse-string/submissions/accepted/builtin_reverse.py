# Accepted: list.reverse() reverses the list object itself (in place).
from typing import List


class Solution:
    def reverseString(self, s: List[str]) -> None:
        s.reverse()
