# Accepted: np.std for the spread, squared back so that eps goes inside the square root.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps: float = 1e-5):
        self.shape = (normalized_shape,) if np.isscalar(normalized_shape) else tuple(normalized_shape)
        self.eps = eps
        self.weight = np.ones(self.shape, dtype=np.float64)
        self.bias = np.zeros(self.shape, dtype=np.float64)

    def forward(self, x: np.ndarray) -> np.ndarray:
        axis = tuple(range(x.ndim - len(self.shape), x.ndim))
        mu = np.mean(x, axis=axis, keepdims=True)
        sigma = np.std(x, axis=axis, keepdims=True)
        return self.weight * (x - mu) / np.sqrt(sigma ** 2 + self.eps) + self.bias
