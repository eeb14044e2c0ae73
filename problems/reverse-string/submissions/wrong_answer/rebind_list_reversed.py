# Wrong: `s = list(reversed(s))` builds a new reversed list and rebinds the local name;
# the list the caller passed in is untouched.
def reverse_string(s):
    s = list(reversed(s))
    return s
