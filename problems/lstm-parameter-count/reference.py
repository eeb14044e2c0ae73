# Reference: sum, layer by layer and direction by direction, the sizes of PyTorch's
# nn.LSTM tensors weight_ih (4h x input), weight_hh (4h x h), bias_ih and bias_hh (4h each).
class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        h = hidden_size
        directions = 2 if bidirectional else 1
        total = 0
        for layer in range(num_layers):
            input_size = emb_size if layer == 0 else h * directions
            per_direction = 4 * h * input_size + 4 * h * h
            if bias:
                per_direction += 2 * 4 * h
            total += directions * per_direction
        return total
