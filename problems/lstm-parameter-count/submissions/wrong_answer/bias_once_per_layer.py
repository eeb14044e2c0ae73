# Wrong answer: counts the biases once per layer instead of once per layer and direction.
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2 if bidirectional else 1
        total = 0
        for layer in range(num_layers):
            inp = emb_size if layer == 0 else d * hidden_size
            total += d * 4 * hidden_size * (inp + hidden_size)
            if bias:
                total += 8 * hidden_size
        return total
