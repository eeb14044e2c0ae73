# Wrong answer: forgets eps altogether: a constant row has variance 0 and gives 0/0 = NaN.
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
        std = x.std(axis=axes, keepdims=True)
        with np.errstate(divide="ignore", invalid="ignore"):
            return (x - mean) / std * self.weight + self.bias
