# Wrong answer: forgets the recurrent matrices W_hh (h x h per gate); counts only input weights and biases.
class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        d = 2 if bidirectional else 1
        total = 0
        for layer in range(num_layers):
            inp = emb_size if layer == 0 else d * hidden_size
            total += d * (4 * hidden_size * inp + (8 * hidden_size if bias else 0))
        return total
