# Accepted (not vectorised): walks the rows with Python loops on x.tolist(), then rebuilds
# the array. Several drafts in the file; the last class LayerNorm is the one used.
import math

import numpy as np


class LayerNorm:
    # draft: normalised over the last axis only
    def __init__(self, normalized_shape, eps=1e-5):
        self.weight = np.ones(normalized_shape)

    def forward(self, x):
        return (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5)


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.normalized_shape = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        n = math.prod(self.normalized_shape)
        flat = x.reshape(-1).tolist()
        w = self.weight.reshape(-1).tolist()
        b = self.bias.reshape(-1).tolist()
        out = []
        for start in range(0, len(flat), n):
            row = flat[start:start + n]
            mean = sum(row) / n
            var = sum((v - mean) ** 2 for v in row) / n
            denom = math.sqrt(var + self.eps)
            out.extend((v - mean) / denom * w[i] + b[i] for i, v in enumerate(row))
        return np.array(out).reshape(x.shape)


print("LayerNorm loaded")
