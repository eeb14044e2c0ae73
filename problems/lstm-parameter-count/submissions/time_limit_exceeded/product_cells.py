# Time limit exceeded: enumerates every (gate row, column) cell with itertools.product.
from itertools import product


class Solution:
    def lstmParamCount(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                       bidirectional: bool = False, bias: bool = True) -> int:
        dirs = 2 if bidirectional else 1
        total = 0
        for layer in range(num_layers):
            n_in = emb_size if layer == 0 else dirs * hidden_size
            for _ in range(dirs):
                for _cell in product(range(4 * hidden_size), range(n_in + hidden_size + 2 * bias)):
                    total += 1
        return total
