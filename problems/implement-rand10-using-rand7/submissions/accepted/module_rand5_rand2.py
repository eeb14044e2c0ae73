# Accepted: a module-level function. rand5 by rejecting 6 and 7, and a fair bit by
# rejecting 7 and taking 1..3 versus 4..6 (rand7() % 2 alone would be biased: 4 odd
# faces, 3 even). Expected 7/5 + 7/6 ~ 2.57 calls.
def rand10():
    a = rand7()
    while a > 5:
        a = rand7()
    b = rand7()
    while b == 7:
        b = rand7()
    return a if b <= 3 else a + 5
