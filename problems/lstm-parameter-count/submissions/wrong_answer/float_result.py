# Wrong answer: returns a float (2560.0) where the statement asks for an int.
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2.0 if bidirectional else 1.0
        total = 0
        for l in range(num_layers):
            inp = emb_size if l == 0 else hidden_size * d
            total += d * (4 * hidden_size * (inp + hidden_size) + (8 * hidden_size if bias else 0))
        return total
