"""One child for all a program's cases, or a fresh child per case? The cost of each, side by side.

    python benchmarks/stdio_child_reuse.py [--cases 20] [--sandbox auto|bwrap|process]

A stdin/stdout program (a Kattis package's) is judged case after case in one
sandboxed child (the harness's ``stdio`` mode). This runs a trivial program on
``--cases`` tiny inputs both ways and prints the wall time per case of each, and
their ratio: what a fresh child per case (full isolation between cases) would add.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

from judge.judging.runner import choose_sandbox
from judge.problems.kattis.problem import KattisProblem, load_kattis_problem
from judge.problems.problem import Case
from judge.judging import requests
from judge.sandbox.child import Child, Limits

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tests" / "fixtures" / "kattis" / "average"


def one_child(problem: KattisProblem, program: Path, cases: list[Case], sandbox: str) -> float:
    start = time.perf_counter()
    with Child(program, Limits(cpu_s=120, memory_mb=256, output_bytes=1 << 20), sandbox) as child:
        child.load(problem, 30)
        for case in cases:
            child.request(requests.case_request(problem, case), 30)
    return time.perf_counter() - start


def child_per_case(problem: KattisProblem, program: Path, cases: list[Case], sandbox: str) -> float:
    start = time.perf_counter()
    for case in cases:
        with Child(program, Limits(cpu_s=120, memory_mb=256, output_bytes=1 << 20), sandbox) as child:
            child.load(problem, 30)
            child.request(requests.case_request(problem, case), 30)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sandbox", default="auto")
    args = parser.parse_args()
    sandbox = choose_sandbox(args.sandbox)
    problem = load_kattis_problem(PACKAGE)
    sample = problem.samples[0]
    with tempfile.TemporaryDirectory() as folder:
        program = Path(folder) / "mean.py"
        program.write_text("n = int(input())\nprint(sum(map(float, input().split())) / n)\n")
        cases = [sample] * args.cases
        reuse, fresh = [], []
        for _ in range(args.rounds):  # interleaved, so drift hits both alike
            reuse.append(one_child(problem, program, cases, sandbox) / args.cases * 1000)
            fresh.append(child_per_case(problem, program, cases, sandbox) / args.cases * 1000)
    rows = [["one child, case after case", f"{statistics.median(reuse):.1f}"],
            ["a fresh child per case", f"{statistics.median(fresh):.1f}"]]
    print(tabulate(rows, headers=[f"{args.cases} cases, sandbox {sandbox}", "ms per case (median)"]))
    print(f"\na fresh child per case costs {statistics.median(fresh) / statistics.median(reuse):.1f}x as much")


if __name__ == "__main__":
    main()
