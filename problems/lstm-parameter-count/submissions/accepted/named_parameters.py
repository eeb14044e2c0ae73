# Accepted: rebuild the shapes of nn.LSTM's named parameters (weight_ih_l0, ..., _reverse)
# and add up their products, the way PyTorch's own state_dict looks.
from math import prod


class Solution:
    def lstmParamCount(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        shapes = {}
        gate_size = 4 * hidden_size
        num_directions = 2 if bidirectional else 1
        for layer in range(num_layers):
            layer_input = emb_size if layer == 0 else hidden_size * num_directions
            for direction in range(num_directions):
                suffix = "_reverse" if direction == 1 else ""
                shapes[f"weight_ih_l{layer}{suffix}"] = (gate_size, layer_input)
                shapes[f"weight_hh_l{layer}{suffix}"] = (gate_size, hidden_size)
                if bias:
                    shapes[f"bias_ih_l{layer}{suffix}"] = (gate_size,)
                    shapes[f"bias_hh_l{layer}{suffix}"] = (gate_size,)
        return sum(prod(s) for s in shapes.values())
