# Accepted: functools.reduce over the layer input sizes, with keyword-friendly camelCase name.
class Solution:
    def lstmParamCount(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                       bidirectional: bool = False, bias: bool = True) -> int:
        dirs = 1 + int(bidirectional)
        inputs = [emb_size] + [dirs * hidden_size] * (num_layers - 1)
        per_layer = lambda n_in: dirs * 4 * hidden_size * (n_in + hidden_size + 2 * int(bias))
        return reduce(lambda acc, n_in: acc + per_layer(n_in), inputs, 0)
