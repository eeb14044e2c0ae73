# Too slow: correct, but five base-7 digits give 0..16806 and only values below 10
# are kept: 5 * 16807 / 10 ~ 8,400 calls of rand7() per output.
def rand10():
    while True:
        v = 0
        for _ in range(5):
            v = v * 7 + (rand7() - 1)
        if v < 10:
            return v + 1
