# Wrong answer: initialises the answer to s itself ("the whole string is the biggest
# window") and so returns s instead of "" when no window exists.
def min_window(s, t):
    need = collections.Counter(t)
    missing = len(t)
    left = 0
    ans = s
    for right, ch in enumerate(s):
        if need[ch] > 0:
            missing -= 1
        need[ch] -= 1
        while missing == 0:
            if right - left + 1 < len(ans):
                ans = s[left:right + 1]
            need[s[left]] += 1
            if need[s[left]] > 0:
                missing += 1
            left += 1
    return ans


if __name__ == "__main__":
    print(min_window("ADOBECODEBANC", "ABC"))
