# Accepted: statistics via np.add.reduce over an axis tuple counted from the end; mean and variance
# divided by the number of normalised elements; negative axes so any number of batch dims works.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        shape = np.atleast_1d(np.asarray(normalized_shape, dtype=int))
        self.normalized_shape = tuple(shape.tolist())
        self.eps = float(eps)
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        axes = tuple(-i for i in range(1, len(self.normalized_shape) + 1))
        count = np.prod(self.normalized_shape)
        mean = np.add.reduce(x, axis=axes, keepdims=True) / count
        centred = x - mean
        var = np.add.reduce(np.square(centred), axis=axes, keepdims=True) / count
        inv = 1.0 / np.sqrt(var + self.eps)
        return centred * inv * self.weight + self.bias
