"""Fuzzing alone against every known wrong submission of a problem, on seeds 1-10.

    .venv/bin/python benchmarks/fuzz_catch.py minimum-window-substring [--examples 200] [--sandbox process]

For each file under ``submissions/wrong_answer/`` and ``submissions/runtime_error/``:
the seeds on which fuzzing alone (``strategies.inputs()`` against the reference, no case
first, as ``judge check --strength`` runs it) finds an input that rejects it. The issue's
requirement is every seed for every submission the hidden cases reject.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.judging.fuzz import DEFAULT_EXAMPLES  # noqa: E402
from judge.problems.catalog import Catalog  # noqa: E402
from judge.problems.strength import DEFAULT_SEEDS, WRONG_FOLDERS, fuzz_seeds  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("problem")
    parser.add_argument("--examples", type=int, default=DEFAULT_EXAMPLES)
    parser.add_argument("--sandbox", default="process")
    args = parser.parse_args()
    problem = Catalog(ROOT / "problems").resolve(args.problem)
    start = time.perf_counter()
    missed = 0
    for folder, path in problem.submissions():
        if folder not in WRONG_FOLDERS:
            continue
        seeds = fuzz_seeds(problem, path, args.sandbox, DEFAULT_SEEDS, args.examples)
        missed += len(seeds) < len(DEFAULT_SEEDS)
        print(f"{folder}/{path.name:45} {len(seeds):2}/{len(DEFAULT_SEEDS)} seeds"
              + ("" if len(seeds) == len(DEFAULT_SEEDS) else f"  missed on {sorted(set(DEFAULT_SEEDS) - set(seeds))}"),
              flush=True)
    print(f"{missed} submission(s) missed on some seed ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
