# Accepted: the camelCase entry point with LintCode-style parameter names, a loop over layers.
class Solution:
    """
    @param inputSize: the embedding size
    @param hiddenSize: the hidden size
    @param numLayers: number of layers
    @param bidirectional: two directions or one
    @param useBias: whether biases exist
    @return: the number of parameters
    """
    def lstmParamCount(self, inputSize, hiddenSize, numLayers=1, bidirectional=False, useBias=True):
        total = 0
        dirs = 1 + bool(bidirectional)
        for layer in range(numLayers):
            inp = inputSize if layer == 0 else hiddenSize * dirs
            per = 4 * hiddenSize * inp + 4 * hiddenSize * hiddenSize
            if useBias:
                per += 2 * 4 * hiddenSize
            total += per * dirs
        return total
