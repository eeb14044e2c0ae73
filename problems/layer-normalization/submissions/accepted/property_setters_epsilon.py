# Accepted: weight and bias are properties over a parameter dict (setters convert with
# np.asarray), the constructor's second parameter is called epsilon (arguments are positional).
import numpy as np

class LayerNorm:
    def __init__(self, normalized_shape, epsilon=1e-5):
        if type(normalized_shape) is int:
            normalized_shape = [normalized_shape]
        self.dims = list(normalized_shape)
        self.epsilon = epsilon
        self._params = {"gamma": np.ones(self.dims), "beta": np.zeros(self.dims)}

    @property
    def weight(self):
        return self._params["gamma"]

    @weight.setter
    def weight(self, value):
        self._params["gamma"] = np.asarray(value, dtype=float)

    @property
    def bias(self):
        return self._params["beta"]

    @bias.setter
    def bias(self, value):
        self._params["beta"] = np.asarray(value, dtype=float)

    def forward(self, x):
        axis = tuple(-i for i in range(1, len(self.dims) + 1))
        mean = x.mean(axis=axis, keepdims=True)
        var = ((x - mean) ** 2).mean(axis=axis, keepdims=True)
        std = np.sqrt(var + self.epsilon)
        return self.weight * ((x - mean) / std) + self.bias
