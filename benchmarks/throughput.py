"""Issue 15's table, every figure measured side by side in one run, each with its goal.

    python benchmarks/throughput.py                  # the whole table (a few minutes)
    python benchmarks/throughput.py --only startup   # one figure: startup, run, grade, tle, fuzz
    python benchmarks/throughput.py --quick          # fewer runs and a smaller class

Each figure is a ratio of two things run interleaved on the same machine, so a
loaded machine slows both sides alike (the absolute figures beside them are only
for orientation). Wall times are medians of interleaved runs; CPU times are the
children's user + system time from ``wait4``, steadier than wall time when other
processes share the cores.

1. start-up: ``judge --help`` and ``judge list`` vs the venv's bare ``python -c pass``;
2. overhead: ``judge run 3 --no-fuzz`` on an accepted solution vs a plain script that
   runs the solution and the reference once each on the same cases;
3. grading: ``judge grade -j 2`` on a generated class of the five core problems
   (accepted and wrong known submissions, fuzzing on), in submissions per minute;
4. a too-slow student: the same class plus one TLE submission — what the TLE costs
   over an accepted submission of the same problem, in units of its time limit;
5. fuzzing: examples per second through the sandboxed child vs Hypothesis calling
   the reference in-process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
JUDGE = str(Path(sys.executable).with_name("judge"))
RUN_PROBLEM = "longest-substring-without-repeating-characters"
RUN_SOLUTION = ROOT / "problems" / RUN_PROBLEM / "submissions" / "accepted" / "last_index_dict.py"
TLE_SOLUTION = ROOT / "problems" / RUN_PROBLEM / "submissions" / "time_limit_exceeded" / "all_substrings_set.py"

EXCLUDED: set[str] = set()  # --exclude: problems left out of the graded class

# Loads the solution and the reference, and calls each once per case: the bare work of a judge run.
BARE = """
import json, sys
sys.setrecursionlimit(300000)
def load(path):
    namespace = {"__name__": "solution"}
    exec("from typing import *\\nfrom collections import *\\nimport collections, math, heapq, bisect", namespace)
    exec(compile(open(path).read(), path, "exec"), namespace)
    cls = namespace.get("Solution")
    names = json.loads(sys.argv[3])
    return (lambda *a: getattr(cls(), names[0])(*a)) if cls is not None else namespace[names[-1]]
solution, reference = load(sys.argv[1]), load(sys.argv[2])
for line in open(sys.argv[4]):
    args = json.loads(line)
    solution(*args)
    reference(*args)
"""


def installed_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the measured commands: bytecode caching on, as in an installed judge
    (pip compiles it at install); a PYTHONDONTWRITEBYTECODE=1 shell would make every run
    compile judge's modules from source and measure that instead."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **(extra or {})}


def timed(argv: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its waited-for descendants) of one command."""
    start = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=env or installed_env(), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def interleaved(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) of each command over ``runs`` rounds, one of each per round."""
    seen: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for argv in commands.values():  # warm-up, not counted: bytecode written, files in the page cache
        timed(argv)
    for _ in range(runs):
        for name, argv in commands.items():
            seen[name].append(timed(argv))
    return {name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
            for name, got in seen.items()}


def row(figure: str, judge: str, baseline: str, result: float, goal: str, met: Callable[[float], bool]) -> list[str]:
    return [figure, judge, baseline, f"{result:.2f}", goal, "yes" if met(result) else "NO"]


def startup(runs: int) -> list[list[str]]:
    got = interleaved({"pass": [sys.executable, "-c", "pass"], "help": [JUDGE, "--help"],
                       "list": [JUDGE, "list"]}, runs)
    base_wall, base_cpu = got["pass"]
    rows = []
    for name in ("help", "list"):
        wall, cpu = got[name]
        rows.append(row(f"judge {'--help' if name == 'help' else name} / python -c pass (wall)",
                        f"{wall * 1000:.0f} ms", f"{base_wall * 1000:.0f} ms", wall / base_wall, "<= 2", lambda r: r <= 2))
        rows.append(row("  the same, CPU time", f"{cpu * 1000:.0f} ms", f"{base_cpu * 1000:.0f} ms", cpu / base_cpu,
                        "<= 2", lambda r: r <= 2))
    return rows


def overhead(runs: int) -> list[list[str]]:
    from judge.problems.catalog import Catalog

    problem = Catalog(ROOT / "problems").resolve(RUN_PROBLEM)
    work = Path(tempfile.mkdtemp(prefix="judge-bench-"))
    (work / "bare.py").write_text(BARE, encoding="utf-8")
    (work / "cases.jsonl").write_text("".join(json.dumps(c.args) + "\n" for c in problem.all_cases()), "utf-8")
    bare = [sys.executable, str(work / "bare.py"), str(RUN_SOLUTION), str(problem.reference),
            json.dumps(list(problem.entry_names)), str(work / "cases.jsonl")]
    judged = [JUDGE, "run", "3", "--solution", str(RUN_SOLUTION), "--no-fuzz", "--no-record"]
    got = interleaved({"bare": bare, "judge": judged}, runs)
    (jw, jc), (bw, bc) = got["judge"], got["bare"]
    return [row("judge run 3 --no-fuzz / solution + reference once each (wall)", f"{jw:.2f} s", f"{bw:.2f} s",
                jw / bw, "<= 3", lambda r: r <= 3),
            row("  the same, CPU time", f"{jc:.2f} s", f"{bc:.2f} s", jc / bc, "<= 3", lambda r: r <= 3)]


def grade_class(work: Path, count: int, tle: bool) -> tuple[float, list[dict]]:
    """Grade a generated class of ``count`` known submissions (plus one TLE student) with -j 2."""
    from grade_throughput import make_class, usable_problems

    problems = [folder for folder in usable_problems() if folder.name not in EXCLUDED]
    problems_root = work / "problems"
    problems_root.mkdir(exist_ok=True)
    for folder in problems:
        if not (problems_root / folder.name).exists():
            (problems_root / folder.name).symlink_to(folder)
    root = make_class(work, problems, count)
    if tle:
        slow = root / "zz-too-slow" / f"{RUN_PROBLEM}.py"
        slow.parent.mkdir(parents=True, exist_ok=True)
        slow.write_text(TLE_SOLUTION.read_text(encoding="utf-8"), encoding="utf-8")
    out = work / "grades.json"
    env = installed_env({"JUDGE_PROBLEMS": str(problems_root)})
    wall, _ = timed([JUDGE, "grade", str(root), "-j", "2", "--json", str(out), "--results",
                     str(work / "results.jsonl")], cwd=work, env=env)
    results = json.loads(out.read_text(encoding="utf-8"))["results"]
    return wall, results


def grading(count: int) -> tuple[list[list[str]], float]:
    with tempfile.TemporaryDirectory(prefix="judge-grade-bench-") as tmp:
        wall, results = grade_class(Path(tmp), count, tle=False)
    per_minute = len(results) / wall * 60
    if os.environ.get("THROUGHPUT_RESULTS"):  # to compare two judges' verdicts on the same class
        Path(os.environ["THROUGHPUT_RESULTS"]).write_text(json.dumps(results, indent=1), encoding="utf-8")
    verdicts = statistics.multimode([r["verdict"] for r in results])
    rows = [row(f"judge grade -j 2, {len(results)} accepted + wrong, fuzzing (submissions/min)",
                f"{wall:.1f} s", f"{os.cpu_count()} cores", per_minute, ">= 300", lambda r: r >= 300)]
    print(f"grading: most common verdict {verdicts}; {sum(r['wall_s'] for r in results) / len(results):.3f} s "
          f"of judging per submission", file=sys.stderr)
    for problem in sorted({r["problem"] for r in results}):  # where the class's time goes
        walls = [r["wall_s"] for r in results if r["problem"] == problem]
        print(f"  {problem}: {len(walls)} submissions, {statistics.mean(walls):.2f} s of judging each "
              f"({statistics.mean(walls) * len(walls) / sum(r['wall_s'] for r in results):.0%} of the class's)",
              file=sys.stderr)
    return rows, wall / len(results)


def too_slow(count: int) -> list[list[str]]:
    with tempfile.TemporaryDirectory(prefix="judge-grade-bench-") as tmp:
        wall, results = grade_class(Path(tmp), count, tle=True)
    slow = next(r for r in results if r["submitter"] == "zz-too-slow")
    peers = [r["wall_s"] for r in results if r["problem"] == RUN_PROBLEM and r["verdict"] == "AC"]
    found = re.search(r"time limit of ([\d.]+) s", slow["message"])
    limit = float(found.group(1)) if found else float("nan")
    extra = slow["wall_s"] - (statistics.median(peers) if peers else 0.0)
    return [row(f"a too-slow student ({slow['verdict']}): its extra cost / its time limit", f"{extra:.2f} s",
                f"limit {limit:.1f} s", extra / limit, "<= 1", lambda r: r <= 1),
            row(f"  judge grade -j 2 with it, {len(results)} submissions (submissions/min)", f"{wall:.1f} s", "",
                len(results) / wall * 60, "", lambda r: True)]


def fuzzing(examples: int) -> list[list[str]]:
    from hypothesis import HealthCheck, Phase, given, settings

    from judge.judging import fuzz
    from judge.problems.catalog import Catalog
    from judge.problems.problem import Case
    from judge.sandbox.child import Limits

    problem = Catalog(ROOT / "problems").resolve(RUN_PROBLEM)
    strategies = fuzz.load_strategies(problem)
    assert strategies is not None
    ref = fuzz.ReferenceRunner(problem)
    seen = [0]

    @settings(max_examples=examples, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(strategies.inputs())
    def in_process(args: list) -> None:
        seen[0] += 1
        ref.expected(Case("fuzz", "fuzz", args, None, "generated"))

    limits = Limits(cpu_s=600, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    rates: list[tuple[float, float, float]] = []
    for turn in range(3):  # interleaved: grade's path, judge run's path, Hypothesis in-process
        graded = judged_rate(problem, limits, examples, turn, clocked=False)
        judged = judged_rate(problem, limits, examples, turn, clocked=True)
        seen[0] = 0
        start = time.perf_counter()
        in_process()
        rates.append((graded, judged, seen[0] / (time.perf_counter() - start)))
    graded, judged, direct = (statistics.median(r[i] for r in rates) for i in range(3))
    return [row("fuzz examples/s, judge grade: sandboxed child / Hypothesis in-process", f"{graded:.0f}/s",
                f"{direct:.0f}/s", graded / direct, ">= 0.8", lambda r: r >= 0.8),
            row("  judge run (the reference timed beside each input)", f"{judged:.0f}/s", f"{direct:.0f}/s",
                judged / direct, ">= 0.8", lambda r: r >= 0.8)]


def judged_rate(problem: Any, limits: Any, examples: int, seed: int, clocked: bool) -> float:
    """Generated inputs per second through a loaded sandboxed child, as the judge sends them
    (grading: inputs and answers made up front; judge run: generated now, each input timed
    against the reference beside it)."""
    from judge.judging import fuzz, fuzz_cache, reference
    from judge.judging.runner import RunOptions

    from judge.sandbox.child import Child

    fuzz_cache.forget()
    if not clocked:
        fuzz.prepare(problem, examples, seed)
    with Child(RUN_SOLUTION, limits, "bwrap") as child, reference.ReferenceClock(problem) as clock:
        child.load(problem, 10.0)
        start = time.perf_counter()
        options = RunOptions(seed=seed, fuzz_examples=examples)  # one timed call per input, as hidden cases
        mixed = fuzz.Interleaved(problem, options, 0)
        mixed.run(child, 0, clock.seconds if clocked else None)
        rate = mixed.count / (time.perf_counter() - start)
    fuzz_cache.forget()
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["startup", "run", "grade", "tle", "fuzz"], action="append")
    parser.add_argument("--quick", action="store_true", help="fewer runs, a class of 40")
    parser.add_argument("--exclude", action="append", default=[], metavar="SLUG",
                        help="leave a problem out of the graded class (e.g. to see the others without rand10's cost)")
    args = parser.parse_args()
    EXCLUDED.update(args.exclude)
    runs, count = (5, 40) if args.quick else (15, 150)
    wanted = set(args.only or ["startup", "run", "grade", "tle", "fuzz"])
    rows: list[list[str]] = []
    if "startup" in wanted:
        rows += startup(runs * 2)
    if "run" in wanted:
        rows += overhead(max(3, runs // 2))
    if "grade" in wanted:
        rows += grading(count)[0]
    if "tle" in wanted:
        rows += too_slow(max(20, count // 3))
    if "fuzz" in wanted:
        rows += fuzzing(200)
    from tabulate import tabulate

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    print(tabulate(rows, headers=["figure", "judge", "baseline", "result", "goal", "met"], disable_numparse=True))


if __name__ == "__main__":
    main()
