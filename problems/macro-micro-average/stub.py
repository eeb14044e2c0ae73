# Write your solution below, then run `judge run macro-micro-average` to test it.
class Solution:
    def macro_micro_f1(self, y_true: List[int], y_pred: List[int]) -> Tuple[float, float]:
        pass
