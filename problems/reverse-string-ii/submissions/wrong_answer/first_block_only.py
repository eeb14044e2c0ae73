# Wrong: only handles the first 2k block (reverses the first k and keeps the rest),
# as if the rule applied once instead of for every 2k characters.
class Solution:
    def reverseStr(self, s: str, k: int) -> str:
        return s[:k][::-1] + s[k:]
