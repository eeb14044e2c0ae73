# Accepted: flatten the normalized dims into one axis of size N, compute the mean and the biased
# variance with explicit sums divided by N, then restore the original shape.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        if isinstance(normalized_shape, int):
            normalized_shape = [normalized_shape]
        self.normalized_shape = list(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        n = int(np.prod(self.normalized_shape))
        rows = x.reshape(-1, n)
        mean = np.sum(rows, axis=1, keepdims=True) / n
        diff = rows - mean
        var = np.sum(diff * diff, axis=1, keepdims=True) / n
        y = diff / np.sqrt(var + self.eps)
        y = y * self.weight.reshape(1, n) + self.bias.reshape(1, n)
        return y.reshape(x.shape)
