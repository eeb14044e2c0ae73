# Wrong answer: forward uses the weight and bias captured in __init__, so replacing ln.weight
# (loading a trained state) has no effect.
import numpy as np
class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.ns = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.ns)
        self.bias = np.zeros(self.ns)
        self._affine = (self.weight, self.bias)
    def forward(self, x):
        w, b = self._affine
        axes = tuple(range(-len(self.ns), 0))
        m = x.mean(axis=axes, keepdims=True)
        v = x.var(axis=axes, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps) * w + b
