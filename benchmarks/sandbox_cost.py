"""The cost of the sandbox and of kernel accounting per submission, measured in one run.

    python benchmarks/sandbox_cost.py [--rounds 3] [--per-problem 2] [--problem SLUG ...] [--cli]
    python benchmarks/sandbox_cost.py --children 20 --requests 200

Judges the same solutions (each problem's reference and the first few files in its
submissions/accepted/) in four configurations: bwrap or a plain process, each with a
cgroup per child (kernel accounting) and with ``JUDGE_CGROUP=none`` (the /proc
fallback), without fuzzing, rotating the order submission by submission and round by
round so all see the same machine. Prints the median wall time of each submission in
each configuration and its ratio to a plain process with the fallback (the cheapest),
then the medians over all submissions.

By default a submission is judged through the library (``judge_file``), as ``judge
grade`` and ``judge check`` do, after one warm-up run per problem, so the figures hold
what the sandbox adds per submission (starting bubblewrap and its namespaces, making
and removing a cgroup, the process filter, reading the kernel's counters) and not the
judge's own start-up, which all share. ``--cli`` times whole ``judge run`` commands.

``--children N --requests M`` measures the parts instead: the wall time to start a
child, load a one-line solution and close it (N times), and the wall time of one
trivial request (M times in one child), per configuration.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from judge.errors import JudgeError  # noqa: E402
from judge.judging.runner import RunOptions, judge_file  # noqa: E402
from judge.problems.catalog import Catalog, problems_root  # noqa: E402
from judge.problems.problem import Problem  # noqa: E402
from judge.sandbox import bwrap, cgroup  # noqa: E402

CONFIGS = (("bwrap", True), ("bwrap", False), ("process", True), ("process", False))
BASELINE = ("process", False)


def label(config: tuple[str, bool]) -> str:
    return f"{config[0]}+{'cgroup' if config[1] else 'proc'}"


@contextmanager
def accounting(on: bool) -> Iterator[None]:
    """Kernel accounting on (the machine's default) or off (``JUDGE_CGROUP=none``) for what runs inside."""
    saved = os.environ.get("JUDGE_CGROUP")
    if not on:
        os.environ["JUDGE_CGROUP"] = "none"
    cgroup._support = None  # detect again under this environment
    try:
        yield
    finally:
        if saved is None:
            os.environ.pop("JUDGE_CGROUP", None)
        else:
            os.environ["JUDGE_CGROUP"] = saved
        cgroup._support = None


def solutions(problem: Problem, per_problem: int) -> list[Path]:
    accepted = sorted((problem.root / "submissions" / "accepted").glob("*.py"))
    return [problem.reference, *accepted[:per_problem]]


def judge_once(problem: Problem, path: Path, config: tuple[str, bool], cli: bool,
               problems_dir: Path) -> tuple[float, str]:
    """Wall seconds to judge ``path`` in ``config``, and the verdict."""
    sandbox, kernel = config
    start = time.perf_counter()
    with accounting(kernel):
        if cli:
            done = subprocess.run([sys.executable, "-m", "judge.cli", "--problems", str(problems_dir), "run",
                                   problem.slug, "--solution", str(path), "--no-fuzz", "--no-record",
                                   "--sandbox", sandbox, "--format", "json"], capture_output=True, text=True,
                                  env=dict(os.environ))
            verdict = "AC" if done.returncode == 0 else f"exit {done.returncode}"
        else:
            verdict = judge_file(problem, path, RunOptions(sandbox=sandbox, fuzz=False)).verdict.value
    return time.perf_counter() - start, verdict


class _Add:
    """What a load request reads of a problem: a function ``add``."""

    entry_names = ("add",)
    kind = "call"
    requires = ()
    stream_source = None
    stream_sides = None


def parts(children: int, requests: int, configs: list[tuple[str, bool]], workdir: Path) -> None:
    """Wall time to start, load and close a child; and of one trivial request."""
    from judge.sandbox.child import Child, Limits

    solution = workdir / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    limits = Limits(cpu_s=60, memory_mb=256, output_bytes=1 << 20)
    starts: dict[str, list[float]] = {label(c): [] for c in configs}
    calls: dict[str, list[float]] = {label(c): [] for c in configs}
    kinds: dict[str, str] = {}
    for round_number in range(children):
        for config in configs if round_number % 2 == 0 else configs[::-1]:
            with accounting(config[1]):
                begin = time.perf_counter()
                with Child(solution, limits, config[0]) as child:
                    child.load(_Add(), 30)  # type: ignore[arg-type]
                    kinds[label(config)] = child.meter.kind
                    if round_number == 0:
                        for _ in range(requests):
                            tick = time.perf_counter()
                            child.request({"op": "case", "args": [1, 2]}, 30)
                            calls[label(config)].append(time.perf_counter() - tick)
                starts[label(config)].append(time.perf_counter() - begin)
    rows = [[name, kinds[name], f"{statistics.median(starts[name]) * 1000:.0f}",
             f"{statistics.median(calls[name]) * 1000:.2f}"] for name in starts]
    print(f"Parts: median of {children} children (start, load, {requests} requests in the first, close) "
          f"and of {requests} trivial requests")
    print(tabulate(rows, headers=["configuration", "meter", "child ms", "request ms"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="judgings per submission and configuration (default 3)")
    parser.add_argument("--per-problem", type=int, default=2, help="accepted submissions per problem, besides the reference")
    parser.add_argument("--problem", action="append", default=[], help="only these problems (repeatable)")
    parser.add_argument("--problems-dir", default=None, help="the problems folder (default: the repository's)")
    parser.add_argument("--cli", action="store_true", help="time whole `judge run` commands")
    parser.add_argument("--children", type=int, default=0, help="measure the parts instead: children to start")
    parser.add_argument("--requests", type=int, default=200, help="with --children: trivial requests to time")
    args = parser.parse_args()

    status = bwrap.availability()
    configs = [c for c in CONFIGS if (status.usable or c[0] != "bwrap") and (cgroup.support().usable or not c[1])]
    print(f"bwrap: {status.reason}\nkernel accounting: {cgroup.support().describe()}\n")
    if args.children:
        import tempfile

        with tempfile.TemporaryDirectory() as workdir:
            parts(args.children, args.requests, configs, Path(workdir))
        return
    problems_dir = problems_root(args.problems_dir)
    catalog = Catalog(problems_dir)
    chosen: list[tuple[Problem, Path]] = []
    for slug in args.problem or catalog.slugs():
        try:
            problem = catalog.resolve(slug)
            for config in configs:  # warm-up: reference timings, the bwrap probe, imports
                judge_once(problem, problem.reference, config, False, problems_dir)
        except JudgeError as exc:
            print(f"skipped {slug}: {exc}", file=sys.stderr)
            continue
        chosen += [(problem, path) for path in solutions(problem, args.per_problem)]
    report(chosen, configs, args, problems_dir)


def report(chosen: list[tuple[Problem, Path]], configs: list[tuple[str, bool]], args: argparse.Namespace,
           problems_dir: Path) -> None:
    times: dict[tuple[int, str], list[float]] = {}
    verdicts: dict[int, set[str]] = {}
    for round_number in range(args.rounds):
        for index, (problem, path) in enumerate(chosen):
            shift = (round_number + index) % len(configs)
            for config in configs[shift:] + configs[:shift]:  # rotated: every order over the run
                seconds, verdict = judge_once(problem, path, config, args.cli, problems_dir)
                times.setdefault((index, label(config)), []).append(seconds)
                verdicts.setdefault(index, set()).add(verdict)
    names = [label(c) for c in configs]
    base = label(BASELINE)
    medians = {(i, n): statistics.median(times[(i, n)]) for i in range(len(chosen)) for n in names}
    rows = []
    for index, (problem, path) in enumerate(chosen):
        rows.append([problem.slug, path.relative_to(problem.root), "/".join(sorted(verdicts[index]))]
                    + [f"{medians[(index, n)] * 1000:.0f} ({medians[(index, n)] / medians[(index, base)]:.2f})"
                       for n in names])
    rows.append(["median of all", f"{len(chosen)} submissions", ""]
                + [f"{statistics.median(medians[(i, n)] for i in range(len(chosen))) * 1000:.0f} "
                   f"({statistics.median(medians[(i, n)] / medians[(i, base)] for i in range(len(chosen))):.2f})"
                   for n in names])
    how = "`judge run` commands" if args.cli else "judge_file() in one process, after a warm-up"
    print(f"Cost per submission: {how}; median ms of {args.rounds} rotated rounds (ratio to {base})")
    print(tabulate(rows, headers=["problem", "solution", "verdict", *names]))


if __name__ == "__main__":
    main()
