# Wrong: rand6() + rand6() - 2 ranges over 0..10 (and is triangular, not uniform);
# it returns 0 once in 36 calls.
def rand10():
    return rand6() + rand6() - 2
