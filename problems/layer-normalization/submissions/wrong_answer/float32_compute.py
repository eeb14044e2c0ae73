# Wrong answer: casts x to float32 before computing: nearly constant rows lose too many digits
# (the statement asks to compute in float64, the dtype of x).
import numpy as np
class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5):
        self.ns = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.ns, dtype=np.float32)
        self.bias = np.zeros(self.ns, dtype=np.float32)
    def forward(self, x):
        x = x.astype(np.float32)
        axes = tuple(range(-len(self.ns), 0))
        m = x.mean(axis=axes, keepdims=True)
        v = ((x - m) ** 2).mean(axis=axes, keepdims=True)
        return (x - m) / np.sqrt(v + np.float32(self.eps)) * self.weight + self.bias
