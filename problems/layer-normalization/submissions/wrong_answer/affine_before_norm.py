# Wrong answer: applies weight and bias before normalising instead of after.
import numpy as np
class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.ns = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.ns)
        self.bias = np.zeros(self.ns)
    def forward(self, x):
        x = x * self.weight + self.bias
        axes = tuple(range(-len(self.ns), 0))
        m = x.mean(axis=axes, keepdims=True)
        v = x.var(axis=axes, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps)
