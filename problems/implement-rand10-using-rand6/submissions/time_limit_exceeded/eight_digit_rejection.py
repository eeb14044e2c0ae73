# Too slow: correct but absurdly wasteful. Builds a base-6 number from 8 calls
# (0..1679615) and accepts it only when it is below 10: about 1.3 million calls of
# rand6() per output.
class Solution:
    def rand10(self):
        while True:
            v = 0
            for _ in range(8):
                v = v * 6 + rand6() - 1
            if v < 10:
                return v + 1
