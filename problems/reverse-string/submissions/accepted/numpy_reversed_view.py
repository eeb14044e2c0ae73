# Accepted: a reversed NumPy view assigned back into the list; its elements are numpy.str_,
# a subclass of str, judged as the plain strings they are.
import numpy as np

class Solution:
    def reverseString(self, s: List[str]) -> None:
        s[:] = np.array(s)[::-1]
