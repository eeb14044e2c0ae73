# Wrong answer: prepares the affine parameters once, on the first forward call, to save
# a reshape per call -- so weight and bias assigned after that first call are ignored.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        if isinstance(normalized_shape, int):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)
        self._affine = None

    def forward(self, x):
        if self._affine is None:
            self._affine = (np.array(self.weight, dtype=float), np.array(self.bias, dtype=float))
        weight, bias = self._affine
        axes = tuple(range(-len(self.normalized_shape), 0))
        mean = x.mean(axis=axes, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * weight + bias
