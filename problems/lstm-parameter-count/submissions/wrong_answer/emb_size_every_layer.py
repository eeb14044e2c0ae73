# Wrong answer: multiplies the first layer's count by num_layers, i.e. uses emb_size as the
# input size of every layer.
class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        d = 2 if bidirectional else 1
        one = 4 * hidden_size * (emb_size + hidden_size) + (8 * hidden_size if bias else 0)
        return num_layers * d * one
