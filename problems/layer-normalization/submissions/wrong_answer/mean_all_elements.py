# Wrong answer: one mean and one variance over all elements of x (whole batch), not per sample.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.eps = eps
        self.weight = np.ones(normalized_shape)
        self.bias = np.zeros(normalized_shape)

    def forward(self, x):
        mean = x.mean()
        var = x.var()
        return (x - mean) / np.sqrt(var + self.eps) * self.weight + self.bias
