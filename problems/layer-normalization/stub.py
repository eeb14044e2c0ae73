# Write your solution below, then run `judge run layer-normalization` to test it.
import numpy as np


class LayerNorm:
    def __init__(self, normalized_shape, eps: float = 1e-5):
        pass

    def forward(self, x: np.ndarray) -> np.ndarray:
        pass
