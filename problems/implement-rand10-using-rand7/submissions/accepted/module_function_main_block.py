# Accepted: a module-level rand10() and a __main__ block that defines its own rand7 for local
# testing (it is not run by the judge).
import sys

def rand10():
    while True:
        v = 7 * (rand7() - 1) + rand7()
        if v <= 40:
            return (v - 1) // 4 + 1

if __name__ == "__main__":
    import random
    rand7 = lambda: random.randint(1, 7)
    print([rand10() for _ in range(int(sys.argv[1]))])
