MAX_LEN = 10**5


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or len(args) != 1:
        raise ValueError("args must be a list of exactly one argument: [s]")
    s = args[0]
    if not isinstance(s, list):
        raise ValueError(f"s must be a list of characters, got {type(s).__name__}")
    if not 1 <= len(s) <= MAX_LEN:
        raise ValueError(f"1 <= s.length <= 10^5 violated: length {len(s)}")
    for i, c in enumerate(s):
        if not isinstance(c, str):
            raise ValueError(f"s[{i}] must be a one-character string, got {type(c).__name__}")
        if len(c) != 1:
            raise ValueError(f"s[{i}] must be exactly one character, got {c!r}")
        if not 32 <= ord(c) <= 126:
            raise ValueError(
                f"s[i] must be a printable ASCII character (codes 32..126): "
                f"s[{i}] has code {ord(c)}"
            )
