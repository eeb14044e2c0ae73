# Wrong answer: 3 gates (that is a GRU) instead of the LSTM's 4.
def lstm_param_count(emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    d = 2 if bidirectional else 1
    total = 0
    inp = emb_size
    for _ in range(num_layers):
        per_dir = 3 * hidden_size * (inp + hidden_size)
        if bias:
            per_dir += 2 * 3 * hidden_size
        total += d * per_dir
        inp = d * hidden_size
    return total
