# Too slow: correct but absurdly wasteful. Eight base-7 digits (0..5764800), kept
# only when below 10: about 4.6 million calls of rand7() per output.
class Solution:
    def rand10(self):
        while True:
            v = 0
            for _ in range(8):
                v = v * 7 + rand7() - 1
            if v < 10:
                return v + 1
