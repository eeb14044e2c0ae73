# Wrong answer: ignores bidirectional (never doubles the parameters, upper layers read hidden_size).
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        total = 0
        inp = emb_size
        for _ in range(num_layers):
            total += 4 * hidden_size * (inp + hidden_size)
            if bias:
                total += 8 * hidden_size
            inp = hidden_size
        return total
