# Accepted: LintCode's header with other parameter names (str shadows the builtin, n for k);
# arguments are passed positionally, so the names do not matter.
class Solution:
    """
    @param s: the string
    @param k: the integer k
    @return: the answer
    """
    def reverseStr(self, str, n):
        chars = list(str)
        for start in range(0, len(chars), 2 * n):
            chars[start:start + n] = reversed(chars[start:start + n])
        return "".join(chars)
