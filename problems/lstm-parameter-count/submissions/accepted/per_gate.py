# Accepted: LintCode style, counting gate by gate (i, f, g, o), each with W_x, W_h, b_x, b_h.
class Solution:
    """
    @param emb_size: the size of the input embedding
    @param hidden_size: the size of the hidden state
    @param num_layers: the number of stacked layers
    @param bidirectional: whether the LSTM is bidirectional
    @param bias: whether the layers have bias vectors
    @return: the number of trainable parameters
    """
    def lstm_param_count(self, emb_size, hidden_size, num_layers=1, bidirectional=False, bias=True):
        # write your code here
        gates = ["input", "forget", "cell", "output"]
        dirs = 2 if bidirectional else 1
        ans = 0
        for layer in range(num_layers):
            x_size = emb_size if layer == 0 else dirs * hidden_size
            for d in range(dirs):
                for g in gates:
                    ans += hidden_size * x_size        # W_x
                    ans += hidden_size * hidden_size   # W_h
                    if bias:
                        ans += hidden_size + hidden_size  # b_x and b_h
        return ans
