# Accepted: two pointers swapping the character codes with the XOR trick.
class Solution:
    def reverseString(self, s: List[str]) -> None:
        i, j = 0, len(s) - 1
        while i < j:
            a, b = ord(s[i]), ord(s[j])
            a ^= b; b ^= a; a ^= b
            s[i], s[j] = chr(a), chr(b)
            i += 1; j -= 1
