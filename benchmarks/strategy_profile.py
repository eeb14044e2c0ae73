"""What a problem's fuzzing strategies generate: shares, alphabet, sizes (for its FUZZING.md).

    .venv/bin/python benchmarks/strategy_profile.py minimum-window-substring [--examples 2000] [--seed 1]

Draws the inputs ``judge run`` would fuzz with (``judge.judging.fuzz.generate``, the same
seeded Hypothesis generation), checks each against the package's validator, and prints
figures that say where the strategies are skewed: for strings, the share of inputs with
each character class and the sizes; for minimum-window-substring, the share with no
window and where the answer sits in s; for LayerNorm, the share of step lists that set a
parameter between two forward calls and of rows with a large mean and a tiny spread; for
the LSTM count, the share of totals past 2**31.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.judging import fuzz  # noqa: E402
from judge.problems.catalog import Catalog  # noqa: E402

CLASSES = {"lowercase": string.ascii_lowercase, "uppercase": string.ascii_uppercase, "digit": string.digits,
           "symbol": string.punctuation, "space": " "}


def _share(items: list[Any], test: Callable[[Any], bool]) -> str:
    return f"{sum(1 for x in items if test(x)) / len(items):.1%}"


def _sizes(lengths: list[int]) -> str:
    q = statistics.quantiles(lengths, n=10) if len(lengths) > 1 else lengths * 9
    return f"median {statistics.median(lengths):.0f}, 90th percentile {q[-1]:.0f}, max {max(lengths)}"


def _text_figures(texts: list[str]) -> dict[str, str]:
    found = {f"has a {name} character": _share(texts, lambda s, c=chars: any(ch in c for ch in s))
             for name, chars in CLASSES.items()}
    found["both cases"] = _share(texts, lambda s: any(c.islower() for c in s) and any(c.isupper() for c in s))
    covered = set("".join(texts))
    found["printable characters covered"] = f"{len(covered & set(map(chr, range(32, 127))))} of 95"
    found["length"] = _sizes([len(s) for s in texts])
    return found


def _longest(s: str) -> int:
    last: dict[str, int] = {}
    left = best = 0
    for i, c in enumerate(s):
        if last.get(c, -1) >= left:
            left = last[c] + 1
        last[c] = i
        best = max(best, i - left + 1)
    return best


def _window_figures(inputs: list[list[Any]]) -> dict[str, str]:
    strategies = fuzz.load_strategies(Catalog(ROOT / "problems").resolve("minimum-window-substring"))
    assert strategies is not None
    places = []
    for s, t in inputs:
        best, starts = strategies._min_windows(s, t)
        if not starts:
            places.append("none")
        elif starts[0] == 0:
            places.append("start")
        elif starts[0] + best == len(s):
            places.append("end")
        else:
            places.append("inside")
    found = {f"answer {p}": _share(places, lambda x, p=p: x == p) for p in ("none", "start", "inside", "end")}
    found["t has a repeated letter"] = _share(inputs, lambda st: len(set(st[1])) < len(st[1]))
    found["an alias pair of a 52-slot array (A..F with u..z)"] = _share(
        inputs, lambda st: any(chr(ord(c) + 52) in st[0] + st[1] for c in "ABCDEF" if c in st[0] + st[1]))
    found.update({f"s {k}": v for k, v in _text_figures([s for s, _ in inputs]).items()})
    found["t length"] = _sizes([len(t) for _, t in inputs])
    return found


def _layer_norm_figures(inputs: list[list[Any]]) -> dict[str, str]:
    def set_after_forward(steps: list[dict[str, Any]]) -> bool:
        seen = False
        for step in steps:
            seen = seen or step.get("call") == "forward"
            if seen and "set" in step:
                return True
        return False

    def flat(value: Any) -> list[float]:
        return [x for v in value for x in flat(v)] if isinstance(value, list) else [value]

    def tiny_spread(steps: list[dict[str, Any]]) -> bool:
        for step in steps:
            if step.get("call") == "forward":
                xs = flat(step["args"][0]["__ndarray__"])
                if min(map(abs, xs)) >= 1000 and max(xs) - min(xs) <= 0.1:
                    return True
        return False

    return {
        "sets weight or bias after a forward call": _share(inputs, set_after_forward),
        "a forward with a large mean and a tiny spread": _share(inputs, tiny_spread),
        "forward calls": _sizes([sum(1 for s in steps if s.get("call") == "forward") for steps in inputs]),
        "elements per forward": _sizes([len(flat(s["args"][0]["__ndarray__"])) for steps in inputs
                                        for s in steps if s.get("call") == "forward"]),
    }


def _lstm_figures(inputs: list[list[Any]]) -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("lstm_ref", ROOT / "problems/lstm-parameter-count/reference.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    count = module.Solution().lstm_param_count
    totals = [count(*args) for args in inputs]
    return {"total past 2**31 - 1": _share(totals, lambda x: x > 2**31 - 1),
            "hidden_size >= 5000": _share(inputs, lambda a: a[1] >= 5000),
            "argument count": _sizes([len(a) for a in inputs])}


def _reverse_figures(inputs: list[list[Any]]) -> dict[str, str]:
    lists = [a[0] for a in inputs]
    found = _text_figures(["".join(xs) for xs in lists])
    found["odd length"] = _share(lists, lambda xs: len(xs) % 2 == 1)
    found["a palindrome (reversing changes nothing)"] = _share(lists, lambda xs: xs == xs[::-1])
    found["a space at either end"] = _share(lists, lambda xs: " " in (xs[0], xs[-1]))
    found["a repeated character"] = _share(lists, lambda xs: len(set(xs)) < len(xs))
    found["1,000 characters or more"] = _share(lists, lambda xs: len(xs) >= 1000)
    return found


def _reverse_ii_figures(inputs: list[list[Any]]) -> dict[str, str]:
    def tail(a: list[Any]) -> int:
        return len(a[0]) % (2 * a[1])

    found = _text_figures([s for s, _ in inputs])
    found.update({
        "k = 1": _share(inputs, lambda a: a[1] == 1),
        "k >= len(s) (one short block)": _share(inputs, lambda a: a[1] >= len(a[0])),
        "several blocks of 2k (len(s) >= 4k)": _share(inputs, lambda a: len(a[0]) >= 4 * a[1]),
        "len(s) a multiple of 2k": _share(inputs, lambda a: tail(a) == 0),
        "last block shorter than k (0 < tail < k)": _share(inputs, lambda a: 0 < tail(a) < a[1]),
        "last block exactly k": _share(inputs, lambda a: tail(a) == a[1]),
        "last block between k and 2k": _share(inputs, lambda a: a[1] < tail(a) < 2 * a[1]),
        "k": _sizes([k for _, k in inputs]),
        "1,000 letters or more": _share(inputs, lambda a: len(a[0]) >= 1000),
    })
    return found


def _average_figures(inputs: list[list[Any]]) -> dict[str, str]:
    def present(a: list[Any]) -> set[int]:
        return set(a[0]) | set(a[1])

    return {
        "a label only in y_pred": _share(inputs, lambda a: bool(set(a[1]) - set(a[0]))),
        "a label only in y_true": _share(inputs, lambda a: bool(set(a[0]) - set(a[1]))),
        "labels not 0..max (gaps, or 0 absent)": _share(inputs, lambda a: present(a) != set(range(max(present(a)) + 1))),
        "a single label in all": _share(inputs, lambda a: len(present(a)) == 1),
        "every prediction right": _share(inputs, lambda a: a[0] == a[1]),
        "no prediction right": _share(inputs, lambda a: all(x != y for x, y in zip(*a))),
        "labels present": _sizes([len(present(a)) for a in inputs]),
        "length": _sizes([len(a[0]) for a in inputs]),
        "1,000 labels or more": _share(inputs, lambda a: len(a[0]) >= 1000),
    }


def profile(slug: str, examples: int, seed: int) -> dict[str, str]:
    problem = Catalog(ROOT / "problems").resolve(slug)
    inputs = fuzz.generate(problem, examples, seed)
    spec = importlib.util.spec_from_file_location("validator", problem.root / "validator.py")
    assert spec is not None and spec.loader is not None
    validator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(validator)
    for args in inputs:
        validator.validate(args)  # every generated input obeys the constraints
    found = {"inputs": str(len(inputs))}
    figures = {"minimum-window-substring": _window_figures, "layer-normalization": _layer_norm_figures,
               "lstm-parameter-count": _lstm_figures, "reverse-string": _reverse_figures,
               "reverse-string-ii": _reverse_ii_figures, "macro-micro-average": _average_figures}
    if slug in figures:
        found.update(figures[slug](inputs))
    elif all(len(a) == 1 and isinstance(a[0], str) for a in inputs):
        found.update(_text_figures([a[0] for a in inputs]))
        found["answer above 26"] = _share(inputs, lambda a: _longest(a[0]) > 26)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problem")
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    for name, value in profile(args.problem, args.examples, args.seed).items():
        print(f"{name:55} {value}")


if __name__ == "__main__":
    main()
