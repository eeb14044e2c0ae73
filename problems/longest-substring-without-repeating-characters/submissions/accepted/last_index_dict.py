# Accepted: sliding window, dict of each character's last index; left = max(left, last + 1). O(n).
def length_of_longest_substring(s):
    last = {}
    left = best = 0
    for right, ch in enumerate(s):
        if ch in last:
            left = max(left, last[ch] + 1)
        last[ch] = right
        best = max(best, right - left + 1)
    return best


if __name__ == "__main__":
    print(length_of_longest_substring("abba"))  # 2
    print(length_of_longest_substring("pwwkew"))  # 3
