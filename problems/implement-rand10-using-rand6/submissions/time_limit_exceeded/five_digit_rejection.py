# Too slow: correct, but rejects far too much. Five base-6 digits give 0..7775 and
# only values below 10 are kept: 5 * 7776 / 10 ~ 3,900 calls of rand6() per output.
def rand10():
    while True:
        v = 0
        for _ in range(5):
            v = v * 6 + (rand6() - 1)
        if v < 10:
            return v + 1
