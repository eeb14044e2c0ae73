# Accepted: one closed-form expression, D * (4h(E + h) + (L - 1) * 4h(Dh + h) + L * 8h * B).
class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        E, h, L = emb_size, hidden_size, num_layers
        D = 2 if bidirectional else 1
        B = 1 if bias else 0
        return D * (4 * h * (E + h) + (L - 1) * 4 * h * (D * h + h) + L * 8 * h * B)
