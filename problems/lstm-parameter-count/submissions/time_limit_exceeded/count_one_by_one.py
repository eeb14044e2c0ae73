# Time limit exceeded: "simulates" every weight matrix and counts its entries one at a time,
# O(number of parameters), up to ~2.3e10 loop iterations.
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        dirs = 2 if bidirectional else 1
        count = 0
        for layer in range(num_layers):
            n_in = emb_size if layer == 0 else dirs * hidden_size
            for _ in range(dirs):
                for row in range(4 * hidden_size):
                    for col in range(n_in + hidden_size):
                        count += 1
                    if bias:
                        count += 2
        return count
