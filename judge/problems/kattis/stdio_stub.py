"""Your solution: a program. Read the input from stdin, print the answer to stdout."""

import sys


def main() -> None:
    data = sys.stdin.read().split()
    # ... solve, then print the answer
    print(len(data))


main()
