# Accepted: *args with the defaults filled in by hand (cases give 2 to 5 arguments).
class Solution:
    def lstm_param_count(self, *args):
        emb, h = args[0], args[1]
        layers = args[2] if len(args) > 2 else 1
        bi = args[3] if len(args) > 3 else False
        use_bias = args[4] if len(args) > 4 else True
        d = 2 if bi else 1
        gates = 4
        per_dir_first = gates * (h * emb + h * h + (2 * h if use_bias else 0))
        per_dir_rest = gates * (h * h * d + h * h + (2 * h if use_bias else 0))
        return d * per_dir_first + (layers - 1) * d * per_dir_rest
