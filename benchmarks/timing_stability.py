"""How steady are the judge's figures, next to the machine's own floor, quiet and loaded?

    python benchmarks/timing_stability.py [--runs 10] [--conditions quiet,loaded] [--parts stability,estimators]
    python benchmarks/timing_stability.py --runs 10 --conditions quiet --readings 1,3,5

For a few known accepted solutions, ``--runs`` times each and interleaved:

- ``judge run --no-fuzz --format json``: the reported time (all cases) and the ratio
  to the reference (with ``--readings K`` for each K given, judge.judging.steady);
- the floor: a fresh plain Python process that loads the same solution and the
  reference and times each large case as the minimum of 5 calls (``time.thread_time``),
  no sandbox, no protocol.

It prints the coefficient of variation (CV = stdev / mean over the runs) of each
figure side by side, and the goal from issue 12: CV <= 5% and <= 2x the floor's CV.
"loaded" starts one busy process (a Python ``while True`` loop) for the duration,
so the other core is taken; "quiet" is whatever the machine is doing otherwise
(it is shared: the load average is printed with each table, and the ratios are
measured side by side in one run so that the comparison stays fair).

``--parts decompose`` runs the judge in this process and splits the noise: the solution's
single readings against the reference's medians, all cases against the large ones, how
much the two sides move together, and how much of a large case's reading is the
request's own work (decoding the arguments, encoding the reply) rather than the call.

``--parts estimators`` measures, through the judge's own sandboxed child, what each way
of turning repeated calls (five requests of one call each, in one child) into one figure gives: the first call, the median of 5,
the minimum of 5, the minimum after a warm-up call; the ratio to the reference
timed case by case beside the solution (interleaved) or in one block afterwards;
and how much more the kernel's CPU accounting of the whole process (all threads,
``/proc/<pid>/task/*/schedstat``) charges than the harness's own ``thread_time``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
JUDGE = [sys.executable, "-m", "judge.cli"]
SOLUTIONS = [
    ("minimum-window-substring", "accepted/formed_two_dicts.py"),
    ("longest-substring-without-repeating-characters", "accepted/string_window.py"),
    ("reverse-string", "accepted/two_pointers_while.py"),
]
GOAL_CV = 0.05

FLOOR = r'''
import json, sys, time
PRELUDE = """
from typing import *
from collections import *
from itertools import *
from functools import *
from heapq import *
from bisect import *
from math import *
import collections, itertools, functools, heapq, bisect, math, string, re, operator, random, sys
"""
sys.setrecursionlimit(300000)

def load(path, names):
    namespace = {"__name__": "solution"}
    exec(PRELUDE, namespace)
    exec(compile(open(path).read(), path, "exec"), namespace)
    cls = namespace.get("Solution")
    for name in names:
        if cls is not None and hasattr(cls, name):
            return lambda *a: getattr(cls(), name)(*a)
        if name in namespace:
            return namespace[name]
    raise SystemExit("no entry point in " + path)

def best(fn, line):
    times = []
    for _ in range(5):
        args = json.loads(line)  # a fresh copy each call (in-place problems)
        start = time.thread_time()
        fn(*args)
        times.append(time.thread_time() - start)
    return min(times)

solution_path, reference_path, names_json, cases_path = sys.argv[1:5]
names = json.loads(names_json)
mine, theirs = load(solution_path, names), load(reference_path, names)
lines = open(cases_path).read().splitlines()
total_mine = total_theirs = 0.0
for line in lines:  # solution and reference case by case, as the judge does
    total_mine += best(mine, line)
    total_theirs += best(theirs, line)
print(json.dumps({"time_s": total_mine, "reference_s": total_theirs}))
'''


def cv(values: list[float]) -> float:
    return statistics.stdev(values) / statistics.mean(values) if len(values) > 1 else 0.0


def large_cases(problem: Any) -> list[Any]:
    return [case for name, group in problem.secret_groups if "large" in name for case in group]


@contextmanager
def busy_core(loaded: bool) -> Iterator[None]:
    """One process spinning for the duration (stopped by its own pid afterwards)."""
    if not loaded:
        yield
        return
    spinner = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        yield
    finally:
        spinner.kill()
        spinner.wait()


def judged(problem: Any, solution: Path, readings: int = 1) -> tuple[float, float]:
    out = subprocess.run([*JUDGE, "run", problem.slug, "--solution", str(solution), "--no-fuzz", "--no-record",
                          "--format", "json", "--readings", str(readings)], capture_output=True, text=True, cwd=ROOT,
                         check=False)
    data = json.loads(out.stdout)
    if data["verdict"] != "AC":
        raise SystemExit(f"{solution}: expected Accepted, got {data['verdict']}: {data['message']}")
    return data["time_ms"], data["reference_ratio"]


def floor(problem: Any, solution: Path, script: Path, cases: Path) -> tuple[float, float]:
    out = subprocess.run([sys.executable, str(script), str(solution), str(problem.reference),
                          json.dumps(list(problem.entry_names)), str(cases)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    data = json.loads(out.stdout.splitlines()[-1])  # solutions may print at import
    return data["time_s"] * 1000, data["time_s"] / data["reference_s"]


def stability(catalog: Any, runs: int, loaded: bool, workdir: Path, readings: list[int]) -> list[list[object]]:
    """Each solution's figures from ``judge run --readings K`` for each K, and the floor's, interleaved run by
    run (the order rotates), with their CVs over the runs."""
    script = workdir / "floor.py"
    script.write_text(FLOOR)
    chosen = []
    for slug, name in SOLUTIONS:
        problem = catalog.resolve(slug)
        cases = workdir / f"{slug}.jsonl"
        cases.write_text("".join(json.dumps(case.args) + "\n" for case in large_cases(problem)))
        chosen.append((problem, problem.root / "submissions" / name, cases))
    keys = [f"j{k}" for k in readings] + ["f"]
    figures: dict[str, dict[str, list[float]]] = {str(s): {k + x: [] for k in keys for x in "tr"} for _, s, _ in chosen}
    with busy_core(loaded):
        for run in range(runs):
            for problem, solution, cases in chosen:
                got = figures[str(solution)]
                steps: list[tuple[str, Callable[[], tuple[float, float]]]] = [
                    (f"j{k}", lambda k=k: judged(problem, solution, k)) for k in readings]  # type: ignore[misc]
                steps.append(("f", lambda: floor(problem, solution, script, cases)))
                turn = run % len(steps)
                for key, step in steps[turn:] + steps[:turn]:  # rotate who goes first
                    t, r = step()
                    got[key + "t"].append(t)
                    got[key + "r"].append(r)
    rows = []
    for _, solution, _ in chosen:
        got = figures[str(solution)]
        for k in readings:
            for label, j, f in (("time", got[f"j{k}t"], got["ft"]), ("ratio", got[f"j{k}r"], got["fr"])):
                goal = cv(j) <= GOAL_CV and cv(j) <= 2 * max(cv(f), 0.005)
                rows.append([solution.name, f"{label}, --readings {k}", f"{statistics.median(j):.3g}", f"{cv(j):.1%}",
                             f"{statistics.median(f):.3g}", f"{cv(f):.1%}", "yes" if goal else "NO"])
    return rows


def schedstat_ns(pid: int | None) -> int:
    """CPU nanoseconds the kernel charged to every thread of ``pid`` so far."""
    if pid is None:
        return 0
    total = 0
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            total += int((task / "schedstat").read_text().split()[0])
        except (OSError, ValueError):
            pass
    return total


def timed(child: Any, problem: Any, case: Any, calls: int = 5) -> tuple[list[float], float]:
    """The harness's CPU time of each of ``calls`` requests (one call each, in the same child), and the
    kernel's charge for the whole child over them."""
    from judge.judging.requests import case_request

    pid = child.harness_pid()  # benchmark only: reads the kernel's figure for the child
    before = schedstat_ns(pid)
    times = []
    for _ in range(calls):
        exchange = child.request(case_request(problem, case), 120.0)
        assert exchange.reply is not None and exchange.reply.ok, exchange
        times.append(sum(exchange.reply.claimed_cpu_s))
    after = schedstat_ns(child.harness_pid())
    return times, (after - before) / 1e9


def estimator_run(problem: Any, solution: Path) -> dict[str, float]:
    from judge.sandbox.child import Child, Limits

    limits = Limits(cpu_s=600, memory_mb=1024, output_bytes=1 << 24)
    sums = dict.fromkeys(("first", "median", "min", "warm_min", "ref_min", "block_ref_min", "kernel", "claim"), 0.0)
    with Child(solution, limits, "bwrap") as mine, Child(problem.reference, limits, "process") as ref:
        for child in (mine, ref):
            child.load(problem, 30.0)
        cases = large_cases(problem)
        for case in cases:
            calls, kernel = timed(mine, problem, case)
            sums["first"] += calls[0]
            sums["median"] += statistics.median(calls)
            sums["min"] += min(calls)
            sums["warm_min"] += min(calls[1:])
            sums["kernel"] += kernel
            sums["claim"] += sum(calls)
            sums["ref_min"] += min(timed(ref, problem, case)[0])
        for case in cases:  # the reference again, in one block after the solution
            sums["block_ref_min"] += min(timed(ref, problem, case)[0])
    return sums


def interleaved_runs(catalog: Any, runs: int, loaded: bool,
                     one_run: Callable[[Any, Path], dict[str, float]]) -> dict[str, list[dict[str, float]]]:
    """``one_run(problem, solution)`` for every known solution, ``runs`` rounds interleaved
    (each round times every solution once), the other core busy when ``loaded``."""
    found: dict[str, list[dict[str, float]]] = {name: [] for _, name in SOLUTIONS}
    with busy_core(loaded):
        for _ in range(runs):
            for slug, name in SOLUTIONS:
                problem = catalog.resolve(slug)
                found[name].append(one_run(problem, problem.root / "submissions" / name))
    return found


def estimators(catalog: Any, runs: int, loaded: bool) -> list[list[object]]:
    rows = []
    runs_by_solution = interleaved_runs(catalog, runs, loaded, estimator_run)
    for name, found in runs_by_solution.items():
        series = {
            "first call": [f["first"] for f in found],
            "median of 5": [f["median"] for f in found],
            "min of 5": [f["min"] for f in found],
            "min of 4 after warm-up": [f["warm_min"] for f in found],
            "ratio, min/min interleaved": [f["min"] / f["ref_min"] for f in found],
            "ratio, min/min reference in a block": [f["min"] / f["block_ref_min"] for f in found],
        }
        for label, values in series.items():
            rows.append([Path(name).name, label, f"{statistics.median(values) * (1 if 'ratio' in label else 1000):.3g}",
                         f"{cv(values):.1%}"])
        extra = [(f["kernel"] - f["claim"]) / f["claim"] for f in found]
        rows.append([Path(name).name, "kernel CPU of the requests over the calls' thread_time",
                     f"+{statistics.median(extra):.1%}", f"{cv([f['kernel'] for f in found]):.1%}"])
    return rows


def decompose_run(problem: Any, solution: Path) -> dict[str, float]:
    """One ``judge run --no-fuzz`` in this process: the solution's and the reference's kernel readings summed over
    all cases and over the large ones, and the median of the large cases' own ratios."""
    from judge.judging.runner import RunOptions, judge_file

    result = judge_file(problem, solution, RunOptions(sandbox="auto", fuzz=False))
    if result.verdict.value != "AC":
        raise SystemExit(f"{solution}: expected Accepted, got {result.verdict.value}: {result.message}")
    large = [c for c in result.cases if "large" in c.group]
    return {"sol_all": sum(c.time_ms for c in result.cases), "ref_all": sum(c.reference_ms or 0 for c in result.cases),
            "sol_large": sum(c.time_ms for c in large), "ref_large": sum(c.reference_ms or 0 for c in large),
            "case_ratio": statistics.median(c.time_ms / c.reference_ms for c in large if c.reference_ms)}


def overhead(problem: Any, path: Path, sandbox: str) -> float:
    """Share of the kernel's reading around a large case's request that is not the call itself (the harness's
    own ``thread_time`` of the call, a claim: fine for a benchmark): decoding the arguments, encoding the reply."""
    from judge.sandbox.child import Child, Limits
    from judge.judging.requests import case_request

    kernel = claimed = 0.0
    with Child(path, Limits(cpu_s=600, memory_mb=1024, output_bytes=1 << 24), sandbox) as child:
        child.load(problem, 30.0)
        for case in large_cases(problem):
            exchange = child.request(case_request(problem, case), 120.0)
            assert exchange.reply is not None and exchange.reply.ok, exchange
            kernel += exchange.cpu_s
            claimed += sum(exchange.reply.claimed_cpu_s)
    return 1 - claimed / kernel


def decompose(catalog: Any, runs: int, loaded: bool) -> list[list[object]]:
    """Where the reported figures' run-to-run noise comes from: the solution's single readings, the
    reference's medians, the small cases, and how far the two sides move together (interleaving)."""
    from judge.judging.options import choose_sandbox

    rows = []
    found = interleaved_runs(catalog, runs, loaded, decompose_run)
    for slug, name in SOLUTIONS:
        problem = catalog.resolve(slug)
        got = found[name]
        series = {k: [f[k] for f in got] for k in got[0]}
        rho = statistics.correlation(series["sol_large"], series["ref_large"])
        shares = (overhead(problem, problem.root / "submissions" / name, choose_sandbox("auto")),
                  overhead(problem, problem.reference, "process"))
        rows.append([Path(name).name, f"{statistics.median(series['sol_all']):.1f} / {statistics.median(series['sol_large']):.1f}",
                     f"{cv(series['sol_all']):.1%} / {cv(series['sol_large']):.1%}",
                     f"{cv(series['ref_all']):.1%} / {cv(series['ref_large']):.1%}",
                     f"{cv([a / b for a, b in zip(series['sol_all'], series['ref_all'])]):.1%}",
                     f"{cv([a / b for a, b in zip(series['sol_large'], series['ref_large'])]):.1%}",
                     f"{cv(series['case_ratio']):.1%}", f"{rho:+.2f}", f"{shares[0]:.0%} / {shares[1]:.0%}"])
    return rows


def reference_estimator(name: str) -> Any:
    """``ReferenceClock.seconds`` with another estimator over its calls (benchmark only; the judge's own is the
    median of up to 5 while they stay under 0.2 s)."""
    from judge.judging import draws, reference
    from judge.judging.requests import case_request

    if name == "median of up to 5":
        return reference.ReferenceClock.seconds
    calls = 1 if name == "one call" else reference.REPEATS

    def seconds(self: Any, case: Any) -> float:
        times: list[float] = []
        while len(times) < calls and sum(times) < reference.REPEAT_BUDGET_S:
            exchange, _ = draws.request(self.child, self.problem, case, case_request(self.problem, case), 60.0)
            assert exchange.reply is not None and exchange.reply.ok
            times.append(exchange.cpu_s)
        return min(times)

    return seconds


REFERENCE_ESTIMATORS = ["median of up to 5", "one call", "min of up to 5"]


def reference_variants(catalog: Any, runs: int, loaded: bool, names: list[str]) -> list[list[object]]:
    """The ratio's CV over runs with the reference timed beside each case by each estimator, the variants
    interleaved run by run (alternating their order), the solution's single call unchanged."""
    from judge.judging import reference

    found: dict[tuple[str, str], list[dict[str, float]]] = {}
    original = reference.ReferenceClock.seconds
    try:
        with busy_core(loaded):
            for run in range(runs):
                for slug, solution in SOLUTIONS:
                    problem = catalog.resolve(slug)
                    for name in names if run % 2 == 0 else names[::-1]:
                        reference.ReferenceClock.seconds = reference_estimator(name)  # type: ignore[method-assign]
                        found.setdefault((solution, name), []).append(
                            decompose_run(problem, problem.root / "submissions" / solution))
    finally:
        reference.ReferenceClock.seconds = original  # type: ignore[method-assign]
    rows = []
    for (solution, name), got in found.items():
        ratios = [f["sol_all"] / f["ref_all"] for f in got]
        rows.append([Path(solution).name, name, f"{statistics.median(ratios):.3g}", f"{cv(ratios):.1%}",
                     f"{cv([f['ref_large'] for f in got]):.1%}",
                     f"{statistics.correlation([f['sol_large'] for f in got], [f['ref_large'] for f in got]):+.2f}"])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--conditions", default="quiet,loaded")
    parser.add_argument("--parts", default="stability",
                        help="stability, estimators, decompose, reference, or several (comma-separated).")
    parser.add_argument("--readings", default="1",
                        help="with --parts stability: judge run --readings K for each K, comma-separated (e.g. 1,5)")
    parser.add_argument("--reference-estimators", default=",".join(REFERENCE_ESTIMATORS),
                        help="with --parts reference: which, comma-separated")
    options = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from judge.problems.catalog import Catalog

    catalog = Catalog(ROOT / "problems")
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, {options.runs} runs each; "
          "the machine is shared with other engineers' test runs")
    for condition in options.conditions.split(","):
        loaded = condition == "loaded"
        print(f"\n== {condition} (load average at start: {os.getloadavg()[0]:.2f})")
        if "stability" in options.parts:
            with tempfile.TemporaryDirectory() as workdir:
                rows = stability(catalog, options.runs, loaded, Path(workdir),
                                 [int(k) for k in options.readings.split(",")])
            print(tabulate(rows, headers=["solution", "figure", "judge median", "judge CV", "floor median",
                                          "floor CV", "goal met"]))
        if "estimators" in options.parts:
            print(f"\n-- estimators through the sandboxed child, {condition}")
            print(tabulate(estimators(catalog, options.runs, loaded), headers=["solution", "estimator", "median",
                                                                               "CV over runs"]))
        if "reference" in options.parts:
            print(f"\n-- the reference's estimator beside each case, {condition}")
            print(tabulate(reference_variants(catalog, options.runs, loaded, options.reference_estimators.split(",")),
                           headers=["solution", "reference estimator", "ratio median", "ratio CV", "reference CV",
                                    "corr"]))
        if "decompose" in options.parts:
            print(f"\n-- where the noise is, {condition}: CVs over runs of the solution's and the reference's sums "
                  "(all cases / large cases), of the ratios, the two sides' correlation, and the share of a large "
                  "case's reading that is not the call (solution / reference)")
            print(tabulate(decompose(catalog, options.runs, loaded),
                           headers=["solution", "time ms all / large", "solution CV", "reference CV", "ratio CV all",
                                    "ratio CV large", "median case ratio CV", "corr", "not the call"]))


if __name__ == "__main__":
    main()
