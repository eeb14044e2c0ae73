# Accepted: lists every tensor's shape as PyTorch names them and sums np.prod (cast to int).
import numpy as np

def lstm_param_count(emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    dirs = 2 if bidirectional else 1
    shapes = []
    for layer in range(num_layers):
        in_size = emb_size if layer == 0 else hidden_size * dirs
        for _ in range(dirs):
            shapes += [(4 * hidden_size, in_size), (4 * hidden_size, hidden_size)]
            if bias:
                shapes += [(4 * hidden_size,), (4 * hidden_size,)]
    return int(sum(np.prod(s) for s in shapes))
