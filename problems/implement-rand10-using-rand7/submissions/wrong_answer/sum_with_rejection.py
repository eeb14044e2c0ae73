# Wrong: rand7() + rand7() - 1 is 1..13; rejecting 11..13 leaves 1..10, but still
# with the triangular distribution of a sum (6 and 7 are most likely).
def rand10():
    while True:
        s = rand7() + rand7() - 1
        if s <= 10:
            return s
