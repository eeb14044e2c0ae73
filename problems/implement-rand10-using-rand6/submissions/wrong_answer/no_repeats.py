# Wrong: "random numbers should not repeat" -- redraws whenever the value equals the
# previous output. Frequencies stay uniform, but a value is never followed by
# itself, so consecutive outputs are dependent.
last = 0


def rand10():
    global last
    while True:
        idx = (rand6() - 1) * 6 + rand6()
        if idx <= 30 and (idx - 1) % 10 + 1 != last:
            last = (idx - 1) % 10 + 1
            return last
