# Accepted: first layer plus (L - 1) identical upper layers, several drafts in the file
# (the last class Solution is the one that counts).
class Solution:
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        # draft 1: forgot the second bias vector
        return 4 * (hidden_size * (emb_size + hidden_size) + hidden_size)


class Solution:
    def lstm_param_count(self, emb_size: int, hidden_size: int, num_layers: int = 1,
                         bidirectional: bool = False, bias: bool = True) -> int:
        d = 2 if bidirectional else 1
        b = 8 * hidden_size if bias else 0

        def layer(inp: int) -> int:
            return d * (4 * hidden_size * (inp + hidden_size) + b)

        return layer(emb_size) + (num_layers - 1) * layer(d * hidden_size)


print("loaded")
