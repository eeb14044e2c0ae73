# Accepted: torch.nn.Module look-alike: numbers.Integral -> tuple, reset_parameters(),
# __call__ delegating to forward, and a quick self-test under __main__.
import numbers

import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps=1e-5, elementwise_affine=True):
        if isinstance(normalized_shape, numbers.Integral):
            normalized_shape = (normalized_shape,)
        self.normalized_shape = tuple(int(d) for d in normalized_shape)
        self.eps = eps
        self.elementwise_affine = elementwise_affine
        self.reset_parameters()

    def reset_parameters(self):
        self.weight = np.ones(self.normalized_shape)
        self.bias = np.zeros(self.normalized_shape)

    def forward(self, x):
        k = len(self.normalized_shape)
        assert x.shape[-k:] == self.normalized_shape, "trailing dims must match normalized_shape"
        axes = tuple(range(x.ndim - k, x.ndim))
        mean = x.mean(axis=axes, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=axes, keepdims=True)
        out = (x - mean) / np.sqrt(var + self.eps)
        if self.elementwise_affine:
            out = out * self.weight + self.bias
        return out

    __call__ = forward

    def extra_repr(self):
        return f"{self.normalized_shape}, eps={self.eps}, elementwise_affine={self.elementwise_affine}"


if __name__ == "__main__":
    ln = LayerNorm(4)
    print(ln(np.array([[1.0, 2.0, 3.0, 4.0]])))
