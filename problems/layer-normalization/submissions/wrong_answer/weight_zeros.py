# Wrong answer: weight initialised to zeros (so the output is just the bias until weight is set).
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.weight = np.zeros(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        axes = tuple(range(-len(self.normalized_shape), 0))
        mean = x.mean(axis=axes, keepdims=True)
        var = x.var(axis=axes, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.weight + self.bias
