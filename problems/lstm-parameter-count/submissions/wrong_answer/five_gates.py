# Wrong answer: counts the cell state as a fifth gate (5 weight blocks instead of 4).
# counts the cell state as a 5th "gate"
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2 if bidirectional else 1
        total = 0
        for l in range(num_layers):
            inp = emb_size if l == 0 else hidden_size * d
            total += d * (5 * hidden_size * (inp + hidden_size) + (10 * hidden_size if bias else 0))
        return total
