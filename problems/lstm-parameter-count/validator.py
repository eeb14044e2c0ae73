MAX_SIZE = 10**4
MAX_LAYERS = 10
NAMES = ["emb_size", "hidden_size", "num_layers", "bidirectional", "bias"]


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or not 2 <= len(args) <= 5:
        raise ValueError("args must be a list of 2 to 5 arguments: "
                         "[emb_size, hidden_size, num_layers?, bidirectional?, bias?]")
    for name, value in zip(NAMES[:3], args[:3]):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an int, got {type(value).__name__}")
    for name, value in zip(NAMES[3:], args[3:]):
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be a bool, got {type(value).__name__}")
    emb_size, hidden_size = args[0], args[1]
    if not 1 <= emb_size <= MAX_SIZE:
        raise ValueError(f"1 <= emb_size <= 10^4 violated: emb_size = {emb_size}")
    if not 1 <= hidden_size <= MAX_SIZE:
        raise ValueError(f"1 <= hidden_size <= 10^4 violated: hidden_size = {hidden_size}")
    if len(args) >= 3 and not 1 <= args[2] <= MAX_LAYERS:
        raise ValueError(f"1 <= num_layers <= 10 violated: num_layers = {args[2]}")
