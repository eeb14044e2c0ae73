# Accepted: a Module base class whose __call__ runs forward, a module-level layer_norm helper,
# np.atleast_1d for int or sequence shapes, np.var and np.reciprocal(np.sqrt(var + eps)).
import numpy as np
from typing import Union, Sequence

class Module:
    def __call__(self, *args):
        return self.forward(*args)

def layer_norm(x, weight, bias, eps, ndims):
    axes = tuple(range(x.ndim - ndims, x.ndim))
    mean = np.mean(x, axis=axes, keepdims=True)
    var = np.var(x, axis=axes, keepdims=True)
    return (x - mean) * np.reciprocal(np.sqrt(var + eps)) * weight + bias

class LayerNorm(Module):
    def __init__(self, normalized_shape: Union[int, Sequence[int]], eps: float = 1e-5):
        super().__init__()
        self.normalized_shape = tuple(np.atleast_1d(normalized_shape).tolist())
        self.eps = eps
        self.weight = np.ones(self.normalized_shape, dtype=np.float64)
        self.bias = np.zeros(self.normalized_shape, dtype=np.float64)

    def forward(self, x: np.ndarray) -> np.ndarray:
        return layer_norm(x, self.weight, self.bias, self.eps, len(self.normalized_shape))

if __name__ == "__main__":
    print(LayerNorm(3)(np.arange(6.0).reshape(2, 3)))
