"""Figures for the judge itself, measured side by side in one run on this machine.

    python benchmarks/judge_overhead.py [--problem SLUG] [--runs N]

1. judge overhead: `judge run --no-fuzz` on the reference solution vs a bare
   script that loads the same solution and calls it on the same cases;
2. start-up: `judge --help` and `judge list` vs `python -c pass`;
3. fuzzing throughput: examples per second through the sandboxed child vs
   Hypothesis calling the reference in-process;
4. timing steadiness: the spread of the reported time over N runs of one solution.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
JUDGE = [sys.executable, "-m", "judge.cli"]

BARE = """
import json, sys, time
sys.setrecursionlimit(300000)
namespace = {"__name__": "solution"}
exec("from typing import *\\nfrom collections import *\\nimport collections, math, heapq, bisect", namespace)
exec(compile(open(sys.argv[1]).read(), sys.argv[1], "exec"), namespace)
names = json.loads(sys.argv[2])
cls = namespace.get("Solution")
for line in sys.stdin:
    case = json.loads(line)
    if cls is not None:
        getattr(cls(), names[0])(*case["args"])
    else:
        namespace[names[-1]](*case["args"])
"""


def wall(argv: list[str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, text=True, capture_output=True, cwd=ROOT, check=False)
    return time.perf_counter() - start


def best_of(runs: int, argv: list[str], stdin: str | None = None) -> float:
    return min(wall(argv, stdin) for _ in range(runs))


def overhead(problem, runs: int) -> list[list[object]]:
    cases = "".join(json.dumps({"args": c.args}) + "\n" for c in problem.all_cases())
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
        handle.write(BARE)
    bare = [sys.executable, handle.name, str(problem.reference), json.dumps(list(problem.entry_names))]
    judged = [*JUDGE, "run", problem.slug, "--solution", str(problem.reference), "--no-fuzz", "--no-record"]
    rows = []
    for sandbox in ("bwrap", "process"):
        judge_s, bare_s = [], []
        for _ in range(runs):  # interleaved, so both see the same machine
            judge_s.append(wall([*judged, "--sandbox", sandbox]))
            bare_s.append(wall(bare, cases))
        j, b = statistics.median(judge_s), statistics.median(bare_s)
        rows.append([f"judge run --no-fuzz ({sandbox}) vs bare script", f"{j:.3f} s", f"{b:.3f} s", f"{j / b:.1f}x"])
    return rows


def startup(runs: int) -> list[list[object]]:
    base = best_of(runs, [sys.executable, "-c", "pass"])
    rows = []
    for label, argv in (("judge --help", [*JUDGE, "--help"]), ("judge list", [*JUDGE, "list"])):
        t = best_of(runs, argv)
        rows.append([f"{label} vs python -c pass", f"{t:.3f} s", f"{base:.3f} s", f"{t / base:.1f}x"])
    return rows


def fuzz_throughput(problem, examples: int) -> list[list[object]]:
    from hypothesis import HealthCheck, Phase, given, settings

    from judge.judging.fuzz import ReferenceRunner, load_strategies, search
    from judge.problems.problem import Case

    strategies = load_strategies(problem)
    start = time.perf_counter()
    count, _ = search(problem, problem.reference, "bwrap", examples, seed=1)
    sandboxed = count / (time.perf_counter() - start)
    ref = ReferenceRunner(problem)
    seen = [0]

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategies.inputs())
    def in_process(args):
        seen[0] += 1
        ref.expected(Case("fuzz", "fuzz", args, None, "generated"))

    start = time.perf_counter()
    in_process()
    direct = seen[0] / (time.perf_counter() - start)
    return [["fuzzing: examples/s, sandboxed child vs in-process", f"{sandboxed:.0f}/s", f"{direct:.0f}/s",
             f"{direct / sandboxed:.1f}x slower"]]


def steadiness(problem, runs: int) -> list[list[object]]:
    solution = sorted((problem.root / "submissions" / "accepted").glob("*.py"))[0]
    times, ratios = [], []
    for _ in range(runs):
        out = subprocess.run([*JUDGE, "run", problem.slug, "--solution", str(solution), "--no-fuzz", "--no-record",
                              "--format", "json"], capture_output=True, text=True, cwd=ROOT, check=False)
        data = json.loads(out.stdout)
        times.append(data["time_ms"])
        ratios.append(data["reference_ratio"])
    rows = []
    for label, values, unit in (("time", times, " ms"), ("ratio to the reference", ratios, "x")):
        median = statistics.median(values)
        spread = (max(values) - min(values)) / median
        rows.append([f"reported {label} of {solution.name}, {runs} runs", f"median {median:.2f}{unit}",
                     f"min {min(values):.2f} / max {max(values):.2f}{unit}", f"spread {spread:.0%} of median"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problem", default="longest-substring-without-repeating-characters")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--examples", type=int, default=300)
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from judge.problems.catalog import Catalog

    problem = Catalog(ROOT / "problems").resolve(options.problem)
    rows = overhead(problem, max(3, options.runs // 2)) + startup(options.runs)
    rows += fuzz_throughput(problem, options.examples) + steadiness(problem, options.runs)
    print(f"problem: {problem.slug}, {len(problem.all_cases())} cases; python {sys.version.split()[0]}")
    print(tabulate(rows, headers=["measure", "judge", "baseline", "ratio"]))


if __name__ == "__main__":
    main()
