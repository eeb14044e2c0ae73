# Accepted: normalises the input array in place (x -= mean, x /= std, ...) and returns it;
# each forward gets its own array, so changing it is allowed.
import numpy as np

class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.normalized_shape = (normalized_shape,) if np.isscalar(normalized_shape) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        axes = tuple(range(-len(self.normalized_shape), 0))
        x -= x.mean(axis=axes, keepdims=True)          # in place on the input
        x /= np.sqrt((x * x).mean(axis=axes, keepdims=True) + self.eps)
        x *= self.weight
        x += self.bias
        return x
