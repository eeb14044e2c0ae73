"""Does `judge run --complexity` tell linear from quadratic, run after run, on every problem with a size?

    python benchmarks/complexity_reliability.py [--runs 5] [--problems slug,slug]

For every problem judged by calling a function whose input has a size parameter, a
linear (or faster) accepted solution and a quadratic time-limit-exceeded one are
estimated ``--runs`` times each, interleaved. Sizes stop at the problem's own
constraint (``strategies.MAX_N``). The table gives each solution's exponents (min,
median, max over the runs, and the largest reported uncertainty) and, per problem,
whether the ranges overlap: the goal is that the slowest linear estimate stays
below the fastest quadratic one, every time.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
PAIRS = [  # (problem, linear-or-faster, quadratic)
    ("reverse-string", "accepted/two_pointers_while.py", "time_limit_exceeded/pop_front_insert_front.py"),
    ("reverse-string-ii", "accepted/two_pointers_clamped.py", "time_limit_exceeded/bubble_swaps_on_string.py"),
    ("longest-substring-without-repeating-characters", "accepted/dp_last_seen.py",
     "time_limit_exceeded/quadratic_no_break.py"),
    ("minimum-window-substring", "accepted/formed_two_dicts.py", "time_limit_exceeded/expand_from_each_start.py"),
    ("macro-micro-average", "accepted/defaultdict_counts.py", "time_limit_exceeded/recount_per_sample.py"),
    ("lstm-parameter-count", "accepted/closed_form.py", "time_limit_exceeded/count_one_by_one.py"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--problems", default="", help="Comma-separated slugs (default: all of them).")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from judge.judging.complexity import estimate
    from judge.judging.runner import RunOptions
    from judge.problems.catalog import Catalog

    catalog = Catalog(ROOT / "problems")
    chosen = [p for p in PAIRS if not options.problems or p[0] in options.problems.split(",")]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {options.runs} runs each, load average "
          f"{os.getloadavg()[0]:.2f} (the machine is shared with other engineers' test runs)")
    rows = []
    for slug, linear, quadratic in chosen:
        problem = catalog.resolve(slug)
        found: dict[str, list[tuple[float, float]]] = {linear: [], quadratic: []}
        for _ in range(options.runs):
            for name in (linear, quadratic):
                block = estimate(problem, problem.root / "submissions" / name, RunOptions())
                found[name].append((block.exponent if block.exponent is not None else float("nan"),
                                    block.uncertainty or 0.0))
                print(f"{slug} {name}: {block.exponent} ± {block.uncertainty}", file=sys.stderr, flush=True)
        for name, values in found.items():
            exps = [e for e, _ in values]
            rows.append([slug, name, len(values), f"{min(exps):.2f}", f"{statistics.median(exps):.2f}",
                         f"{max(exps):.2f}", f"{max(u for _, u in values):.2f}", ""])
        gap = min(e for e, _ in found[quadratic]) - max(e for e, _ in found[linear])
        rows.append([slug, "gap: lowest quadratic - highest linear", "", "", f"{gap:.2f}", "", "",
                     "no overlap" if gap > 0 else "OVERLAP"])
        print(f"{slug}: done", file=sys.stderr, flush=True)
    print(tabulate(rows, headers=["problem", "solution", "runs", "min", "median", "max", "max ±", ""]))


if __name__ == "__main__":
    main()
