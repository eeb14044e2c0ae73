MAX_LEN = 5 * 10**4


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or len(args) != 1:
        raise ValueError("args must be a list of exactly one argument: [s]")
    s = args[0]
    if not isinstance(s, str):
        raise ValueError(f"s must be a string, got {type(s).__name__}")
    if len(s) > MAX_LEN:
        raise ValueError(f"0 <= s.length <= 5 * 10^4 violated: length {len(s)}")
    for i, c in enumerate(s):
        if not (32 <= ord(c) <= 126):
            raise ValueError(
                f"s must consist of printable ASCII (codes 32..126): "
                f"s[{i}] has code {ord(c)}"
            )
