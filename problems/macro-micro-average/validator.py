MAX_N = 10**5
NUM_LABELS = 20  # labels are ints 0 <= label < 20


def validate(args: list) -> None:
    """Raise ValueError naming the broken constraint."""
    if not isinstance(args, list) or len(args) != 2:
        raise ValueError("args must be a list of exactly two arguments: [y_true, y_pred]")
    for name, labels in zip(("y_true", "y_pred"), args):
        if not isinstance(labels, list):
            raise ValueError(f"{name} must be a list, got {type(labels).__name__}")
        if not 1 <= len(labels) <= MAX_N:
            raise ValueError(f"1 <= {name}.length <= 10^5 violated: length {len(labels)}")
        for i, label in enumerate(labels):
            if isinstance(label, bool) or not isinstance(label, int):
                raise ValueError(f"{name}[{i}] must be an int, got {type(label).__name__}")
            if not 0 <= label < NUM_LABELS:
                raise ValueError(f"0 <= {name}[i] < 20 violated: {name}[{i}] = {label}")
    if len(args[0]) != len(args[1]):
        raise ValueError(f"y_true.length == y_pred.length violated: {len(args[0])} != {len(args[1])}")
