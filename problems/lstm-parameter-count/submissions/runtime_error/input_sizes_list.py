# Runtime error: builds the list of layer input sizes with one entry too few for deep stacks
# (only emb_size and hidden*dirs once), then indexes it by layer: IndexError when num_layers >= 3.
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        dirs = 2 if bidirectional else 1
        input_sizes = [emb_size, hidden_size * dirs]
        total = 0
        for layer in range(num_layers):
            n_in = input_sizes[layer]
            total += dirs * (4 * hidden_size * (n_in + hidden_size) + (8 * hidden_size if bias else 0))
        return total
