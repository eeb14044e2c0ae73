# Wrong answer: counts only the weight matrices; the biases are missing even when bias=True.
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2 if bidirectional else 1
        total = 0
        for l in range(num_layers):
            inp = emb_size if l == 0 else hidden_size * d
            total += d * 4 * hidden_size * (inp + hidden_size)
        return total
