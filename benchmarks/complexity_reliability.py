"""Does `judge run --complexity` tell a linear solution from a quadratic one, run after run?

    python benchmarks/complexity_reliability.py [--runs N]

Estimates the growth exponent N times (interleaved) for a linear and a quadratic
accepted-or-slow solution of two real problems, and prints the spread of the
estimates and the gap between the worst linear and the best quadratic estimate.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [
    ("longest-substring-without-repeating-characters", "accepted/dp_last_seen.py",
     "time_limit_exceeded/quadratic_no_break.py"),
    ("minimum-window-substring", "accepted/formed_two_dicts.py", "time_limit_exceeded/expand_from_each_start.py"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from judge.problems.catalog import Catalog
    from judge.judging.complexity import estimate
    from judge.judging.runner import RunOptions

    catalog = Catalog(ROOT / "problems")
    rows = []
    for slug, linear, quadratic in PAIRS:
        problem = catalog.resolve(slug)
        found: dict[str, list[float]] = {linear: [], quadratic: [], "reference": []}
        for _ in range(options.runs):
            for name in (linear, quadratic):
                block = estimate(problem, problem.root / "submissions" / name, RunOptions())
                found[name].append(block["exponent"])
                found["reference"].append(block["reference_exponent"])
        for name, values in found.items():
            rows.append([slug, name, len(values), f"{min(values):.2f}", f"{statistics.median(values):.2f}",
                         f"{max(values):.2f}"])
        rows.append([slug, "gap: best quadratic - worst linear", "", "", f"{min(found[quadratic]) - max(found[linear]):.2f}", ""])
    print(tabulate(rows, headers=["problem", "solution", "estimates", "min", "median", "max"]))


if __name__ == "__main__":
    main()
