# Accepted: a recursion over the layers behind functools.lru_cache.
from functools import lru_cache

class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        d = 2 if bidirectional else 1

        @lru_cache(None)
        def layers(k):
            if k == 0:
                return 0
            inp = emb_size if k == 1 else hidden_size * d
            one = 4 * hidden_size * (inp + hidden_size) + (8 * hidden_size if bias else 0)
            return layers(k - 1) + d * one
        return layers(num_layers)
