# Wrong answer: the variance in one pass, E[x^2] - E[x]^2. Algebraically right, but when a
# row's mean is large and its spread small (1e4 +- 0.01) the two terms cancel and the
# rounding error of x^2 (about 1e-8 relative of 1e8) swamps the true variance of 1e-4.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        axes = tuple(range(-len(self.normalized_shape), 0))
        mean = x.mean(axis=axes, keepdims=True)
        mean_sq = (x * x).mean(axis=axes, keepdims=True)
        var = np.maximum(mean_sq - mean * mean, 0.0)
        return (x - mean) / np.sqrt(var + self.eps) * self.weight + self.bias
