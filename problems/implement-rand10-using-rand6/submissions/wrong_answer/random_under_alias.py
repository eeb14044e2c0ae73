# Wrong: a correct rejection sampler on rand6(), then "extra randomness" from the
# random module, smuggled in through __import__ under another name. The outputs
# stay uniform and rand6() is called often enough, but they are not determined by
# the rand6() stream: replaying the same stream gives different outputs.
_r = __import__("ran" + "dom")
shuffle_in = _r.Random().randrange  # seeded from os.urandom: other in every process


class Solution:
    def rand10(self) -> int:
        while True:
            idx = (rand6() - 1) * 6 + rand6()
            if idx <= 30:
                break
        return (idx + shuffle_in(10)) % 10 + 1
