# Accepted: LintCode style, a module-level function with a docstring header and
# the parameter named after LintCode's template; explicit temp-variable swap.
print("loading solution")  # prints at import time are harmless


def reverse_string(s):
    """
    @param s: a list of characters
    @return: nothing, s is reversed in place
    """
    n = len(s)
    for i in range(n // 2):
        tmp = s[i]
        s[i] = s[n - 1 - i]
        s[n - 1 - i] = tmp
