# Wrong answer: layers after the first take hidden_size as input even when bidirectional
# (should be hidden_size * num_directions, the concatenated outputs of both directions).
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        d = 2 if bidirectional else 1
        b = 8 * hidden_size if bias else 0
        first = d * (4 * hidden_size * (emb_size + hidden_size) + b)
        rest = (num_layers - 1) * d * (4 * hidden_size * (hidden_size + hidden_size) + b)
        return first + rest
