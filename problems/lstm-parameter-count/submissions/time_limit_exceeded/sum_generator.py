# Time limit exceeded: sums 1 over every parameter with a generator, O(number of parameters).
def lstm_param_count(emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    dirs = 2 if bidirectional else 1
    sizes = []
    for layer in range(num_layers):
        n_in = emb_size if layer == 0 else dirs * hidden_size
        for _ in range(dirs):
            sizes += [4 * hidden_size * n_in, 4 * hidden_size * hidden_size]
            if bias:
                sizes += [4 * hidden_size, 4 * hidden_size]
    return sum(sum(1 for _ in range(n)) for n in sizes)
