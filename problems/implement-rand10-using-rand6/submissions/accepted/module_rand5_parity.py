# Accepted: a module-level function. rand5 by rejecting 6, and one fair bit from
# the parity of another rand6() (three odd faces, three even faces): 1..5 or 6..10.
# Expected 6/5 + 1 = 2.2 calls.
def rand10():
    x = rand6()
    while x == 6:
        x = rand6()
    if rand6() % 2 == 0:
        return x + 5
    return x
