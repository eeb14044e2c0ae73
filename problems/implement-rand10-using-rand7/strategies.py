# Randomized problems are not fuzzed: rand10() takes no arguments, and its outputs
# are judged statistically on seeded rand7() streams (see data/), not against an
# expected value. These two functions exist only so the package has its usual shape.
from hypothesis import strategies as st


def inputs() -> st.SearchStrategy[list]:
    """The only valid argument list: rand10() takes no arguments."""
    return st.just([])


def worst_case(n: int) -> list:
    """rand10() has no input size; its cost is the number of calls (the case's calls)."""
    return []
