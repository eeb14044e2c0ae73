"""The judge process's own CPU time per graded submission, with where it goes (cProfile).

    python benchmarks/judge_cpu.py SLUG SOLUTION... [--top 12] [--quiet]
    python benchmarks/judge_cpu.py reverse-string \\
        problems/reverse-string/submissions/accepted/builtin_reverse.py \\
        problems/reverse-string/submissions/accepted/deque_appendleft.py

Does what ``judge grade`` does for one problem: ``pool._prepare`` (the reference timed
on every case, the fuzzing inputs made), then ``pool.judge_submission`` for each
solution in turn, in this process, under cProfile, with bwrap. Prints each verdict and
the judge's CPU seconds for it (``time.process_time``: this process only, not the
children), then the profile's top functions by their own time. The first submission
pays for what is made once per process; the next ones are the steady state that a
worker of ``judge grade`` sees. The machine's speed drifts: compare two versions in
interleaved rounds (docs/performance.md).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.grading.pool import GradeOptions, Submission, _prepare, judge_submission  # noqa: E402
from judge.problems.catalog import Catalog  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("slug")
    parser.add_argument("solutions", nargs="+", type=Path)
    parser.add_argument("--top", type=int, default=12, help="functions of the profile to show")
    parser.add_argument("--quiet", action="store_true", help="the figures only, no profile")
    args = parser.parse_args()
    catalog = Catalog(ROOT / "problems")
    options = GradeOptions(jobs=1, sandbox="bwrap")
    _prepare(catalog, {args.slug}, options)
    for solution in args.solutions:
        profile = cProfile.Profile()
        started = time.process_time()
        profile.enable()
        graded = judge_submission(catalog, Submission("s", solution, args.slug, solution.parent), options)
        profile.disable()
        print(f"{solution.name}: {graded.verdict.name}, judge CPU {time.process_time() - started:.3f} s")
        if not args.quiet:
            text = io.StringIO()
            pstats.Stats(profile, stream=text).sort_stats("tottime").print_stats(args.top)
            print(text.getvalue())


if __name__ == "__main__":
    main()
