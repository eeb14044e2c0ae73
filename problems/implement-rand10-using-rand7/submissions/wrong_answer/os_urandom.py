# Wrong: uses os.urandom with rejection sampling instead of rand7().
import os


def rand10():
    while True:
        b = int.from_bytes(os.urandom(1), "big")
        if b < 250:
            return b % 10 + 1
