# Write your solution below, then run `judge run lstm-parameter-count` to test it.
class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        pass
