# Wrong: cycles 1, 2, ..., 10 while calling rand7() to look honest. Perfectly
# uniform frequencies, but completely predictable.
count = 0


def rand10():
    global count
    rand7()
    count += 1
    return (count - 1) % 10 + 1
