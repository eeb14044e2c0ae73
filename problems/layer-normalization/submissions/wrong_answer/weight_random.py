# Wrong answer: weight and bias initialised randomly (like a Linear layer) instead of ones and zeros.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.weight = np.random.randn(*self.normalized_shape) * 0.02 + 1.0
        self.bias = np.random.randn(*self.normalized_shape) * 0.02

    def forward(self, x):
        axes = tuple(range(-len(self.normalized_shape), 0))
        mean = x.mean(axis=axes, keepdims=True)
        var = x.var(axis=axes, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.weight + self.bias
