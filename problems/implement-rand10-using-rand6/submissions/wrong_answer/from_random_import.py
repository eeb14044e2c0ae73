# Wrong: `from random import randint as r6` -- the real randomness comes from the
# random module, not from rand6().
from random import randint as r6


def rand10():
    while True:
        idx = (r6(1, 6) - 1) * 6 + r6(1, 6)
        if idx <= 30:
            return (idx - 1) % 10 + 1
