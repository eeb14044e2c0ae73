# Wrong answer: Keras convention, one bias vector per gate (4h) instead of PyTorch's b_ih + b_hh (8h).
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2 if bidirectional else 1
        total = 0
        inp = emb_size
        for _ in range(num_layers):
            total += d * (4 * (hidden_size * (inp + hidden_size) + (hidden_size if bias else 0)))
            inp = d * hidden_size
        return total
