"""The cost of the sandbox per submission: bwrap vs a plain process, measured in one run.

    python benchmarks/sandbox_cost.py [--rounds 3] [--per-problem 2] [--problem SLUG ...] [--cli]

Judges the same solutions (each problem's reference and the first few files in its
submissions/accepted/) with ``sandbox="bwrap"`` and ``sandbox="process"``, without
fuzzing, alternating the two modes submission by submission and round by round so both
see the same machine. Prints the median wall time of each submission in each mode and
the ratio bwrap / process, then the medians over all submissions.

By default a submission is judged through the library (``judge_file``), as ``judge
grade`` and ``judge check`` do, after one warm-up run per problem, so the figures hold
what the sandbox adds per submission (starting bubblewrap and its namespaces, loading
the process filter) and not the judge's own start-up or the reference's timing, which
both modes share. ``--cli`` times whole ``judge run`` commands instead, as a user
typing them sees it (start-up and the one-off bubblewrap probe included).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.sandbox import bwrap  # noqa: E402
from judge.problems.catalog import Catalog, problems_root  # noqa: E402
from judge.errors import JudgeError  # noqa: E402
from judge.problems.problem import Problem  # noqa: E402
from judge.judging.runner import RunOptions, judge_file  # noqa: E402

MODES = ("bwrap", "process")


def solutions(problem: Problem, per_problem: int) -> list[Path]:
    accepted = sorted((problem.root / "submissions" / "accepted").glob("*.py"))
    return [problem.reference, *accepted[:per_problem]]


def judge_once(problem: Problem, path: Path, mode: str, cli: bool, problems_dir: Path) -> tuple[float, str]:
    """Wall seconds to judge ``path`` in ``mode``, and the verdict."""
    start = time.perf_counter()
    if cli:
        done = subprocess.run([sys.executable, "-m", "judge.cli", "--problems", str(problems_dir), "run",
                               problem.slug, "--solution", str(path), "--no-fuzz", "--no-record",
                               "--sandbox", mode, "--format", "json"], capture_output=True, text=True)
        verdict = "AC" if done.returncode == 0 else f"exit {done.returncode}"
    else:
        verdict = judge_file(problem, path, RunOptions(sandbox=mode, fuzz=False)).verdict.value
    return time.perf_counter() - start, verdict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="judgings per submission and mode (default 3)")
    parser.add_argument("--per-problem", type=int, default=2, help="accepted submissions per problem, besides the reference")
    parser.add_argument("--problem", action="append", default=[], help="only these problems (repeatable)")
    parser.add_argument("--problems-dir", default=None, help="the problems folder (default: the repository's)")
    parser.add_argument("--cli", action="store_true", help="time whole `judge run` commands")
    args = parser.parse_args()

    status = bwrap.availability()
    if not status.usable:
        sys.exit(f"bubblewrap is not usable here ({status.reason}): nothing to compare")
    problems_dir = problems_root(args.problems_dir)
    catalog = Catalog(problems_dir)
    chosen: list[tuple[Problem, Path]] = []
    for slug in args.problem or catalog.slugs():
        try:
            problem = catalog.resolve(slug)
            for mode in MODES:  # warm-up: reference timings, the bwrap probe, imports
                judge_file(problem, problem.reference, RunOptions(sandbox=mode, fuzz=False))
        except JudgeError as exc:
            print(f"skipped {slug}: {exc}", file=sys.stderr)
            continue
        chosen += [(problem, path) for path in solutions(problem, args.per_problem)]

    times: dict[tuple[int, str], list[float]] = {}
    verdicts: dict[tuple[int, str], set[str]] = {}
    for round_number in range(args.rounds):
        for index, (problem, path) in enumerate(chosen):
            order = MODES if (round_number + index) % 2 == 0 else MODES[::-1]  # interleaved
            for mode in order:
                seconds, verdict = judge_once(problem, path, mode, args.cli, problems_dir)
                times.setdefault((index, mode), []).append(seconds)
                verdicts.setdefault((index, mode), set()).add(verdict)

    rows, ratios = [], []
    for index, (problem, path) in enumerate(chosen):
        b = statistics.median(times[(index, "bwrap")])
        p = statistics.median(times[(index, "process")])
        ratios.append(b / p)
        shown = sorted(verdicts[(index, "bwrap")] | verdicts[(index, "process")])
        rows.append([problem.slug, path.relative_to(problem.root), "/".join(shown), f"{b * 1000:.0f}",
                     f"{p * 1000:.0f}", f"{(b - p) * 1000:+.0f}", f"{b / p:.2f}"])
    all_b = [statistics.median(times[(i, "bwrap")]) for i in range(len(chosen))]
    all_p = [statistics.median(times[(i, "process")]) for i in range(len(chosen))]
    rows.append(["median of all", f"{len(chosen)} submissions", "", f"{statistics.median(all_b) * 1000:.0f}",
                 f"{statistics.median(all_p) * 1000:.0f}",
                 f"{statistics.median(b - p for b, p in zip(all_b, all_p)) * 1000:+.0f}",
                 f"{statistics.median(ratios):.2f}"])
    how = "`judge run` commands" if args.cli else "judge_file() in one process, after a warm-up"
    print(f"Sandbox cost per submission: {how}; median of {args.rounds} interleaved rounds")
    print(f"bwrap: {status.reason}\n")
    print(tabulate(rows, headers=["problem", "solution", "verdict", "bwrap ms", "process ms", "bwrap - process ms",
                                  "bwrap / process"]))


if __name__ == "__main__":
    main()
