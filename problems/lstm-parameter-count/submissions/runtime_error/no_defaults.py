# Runtime error: no default values for num_layers / bidirectional / bias, so a call with only
# (emb_size, hidden_size) raises TypeError (missing positional arguments).
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers, bidirectional, bias):
        d = 2 if bidirectional else 1
        total = 0
        for layer in range(num_layers):
            inp = emb_size if layer == 0 else d * hidden_size
            total += d * (4 * hidden_size * (inp + hidden_size) + (8 * hidden_size if bias else 0))
        return total
