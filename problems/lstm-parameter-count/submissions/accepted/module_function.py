# Accepted: a plain module-level function, as written in an interview notebook.
def lstm_param_count(emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
    num_directions = 2 if bidirectional else 1
    total = 0
    input_size = emb_size
    for _ in range(num_layers):
        one_direction = 4 * (hidden_size * input_size + hidden_size * hidden_size)
        if bias:
            one_direction += 4 * hidden_size * 2  # b_ih and b_hh
        total += num_directions * one_direction
        input_size = hidden_size * num_directions  # next layer reads the concatenated outputs
    return total


if __name__ == "__main__":
    print(lstm_param_count(10, 20))  # 2560, same as sum(p.numel() for p in nn.LSTM(10, 20).parameters())
