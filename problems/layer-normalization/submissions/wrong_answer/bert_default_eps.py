# Wrong answer: BERT / TensorFlow's default eps = 1e-12 instead of PyTorch's 1e-5 (the
# statement's default); the difference shows on rows with a small variance.
import numpy as np
class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-12):
        self.ns = (normalized_shape,) if isinstance(normalized_shape, int) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.ns)
        self.bias = np.zeros(self.ns)
    def forward(self, x):
        axes = tuple(range(-len(self.ns), 0))
        m = x.mean(axis=axes, keepdims=True)
        v = x.var(axis=axes, keepdims=True)
        return (x - m) / np.sqrt(v + self.eps) * self.weight + self.bias
