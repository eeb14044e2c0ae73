def validate(args: list) -> None:
    """rand10() takes no arguments: every case's args must be []."""
    if not isinstance(args, list):
        raise ValueError(f"args must be a list, got {type(args).__name__}")
    if args:
        raise ValueError(f"rand10() takes no arguments: args must be [], got {args!r}")
