# Runtime error: mean and variance without keepdims=True, so x - mean broadcasts (batch, N)
# against (batch,) and raises ValueError (operands could not be broadcast together).
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.eps = eps
        self.weight = np.ones(normalized_shape)
        self.bias = np.zeros(normalized_shape)

    def forward(self, x):
        mean = x.mean(axis=-1)
        var = x.var(axis=-1)
        return (x - mean) / np.sqrt(var + self.eps) * self.weight + self.bias
