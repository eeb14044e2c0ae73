# Wrong answer: accumulates the count in a NumPy int32 (as a C++ or Java `int` would).
# Every term fits, but the total of a large model exceeds 2**31 - 1 and wraps around
# (NumPy only warns).
import numpy as np


class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        directions = 2 if bidirectional else 1
        total = np.int32(0)
        for layer in range(num_layers):
            input_size = emb_size if layer == 0 else hidden_size * directions
            for _ in range(directions):
                total += 4 * hidden_size * (input_size + hidden_size)
                if bias:
                    total += 8 * hidden_size
        return int(total)
