# Accepted: for each output position, compute which input position lands there:
# inside the first k of a 2k block, mirror it within [start, min(start + k, n) - 1].
def reverse_str(s, k):
    n = len(s)
    out = []
    for j in range(n):
        start = j - j % (2 * k)
        if j - start < k:
            end = min(start + k, n) - 1
            out.append(s[start + end - j])
        else:
            out.append(s[j])
    return "".join(out)
