"""How fast `judge grade` grades a class: 100 submissions, `-j 1` against `-j 2`, in one run.

The class is made of the real problems' known solutions (problems/*/submissions/
accepted and wrong_answer), spread over 20 students, one file per problem each,
named after the problem. Each grading is a full `judge grade` process, as CI runs
it: start-up, timing the references, judging (with fuzzing unless --no-fuzz), and
writing the JSON. The two gradings must give the same verdicts; the script says so.

    python benchmarks/grade_throughput.py              # 100 submissions, -j 1 and -j 2
    python benchmarks/grade_throughput.py --no-fuzz -n 40
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tabulate import tabulate

ROOT = Path(__file__).resolve().parent.parent
# The five problems of the interview list; any that is not (yet) a loadable folder is left out.
FIVE = ["minimum-window-substring", "reverse-string", "reverse-string-ii",
        "longest-substring-without-repeating-characters", "implement-rand10-using-rand6"]


def usable_problems() -> list[Path]:
    from judge.errors import JudgeError
    from judge.problems.problem import load_problem

    found = []
    for slug in FIVE:
        folder = ROOT / "problems" / slug
        try:
            load_problem(folder)
        except (JudgeError, OSError) as exc:
            print(f"left out {slug}: {exc}", file=sys.stderr)
            continue
        if known_solutions(folder):
            found.append(folder)
    return found


def known_solutions(folder: Path) -> list[Path]:
    return sorted(folder.glob("submissions/accepted/*.py")) + sorted(folder.glob("submissions/wrong_answer/*.py"))


def make_class(work: Path, problems: list[Path], count: int) -> Path:
    """``count`` submissions, round-robin over the problems, cycling through each one's known solutions."""
    root = work / "submissions"
    pools = {p.name: known_solutions(p) for p in problems}
    for index in range(count):
        folder = problems[index % len(problems)]
        turn = index // len(problems)
        source = pools[folder.name][turn % len(pools[folder.name])]
        target = root / f"student{turn:03d}" / f"{folder.name}.py"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    return root


def grade(work: Path, problems_root: Path, jobs: int, fuzz: bool) -> tuple[float, dict]:
    out = work / f"j{jobs}.json"
    command = [sys.executable, "-m", "judge.cli", "grade", "submissions", "-j", str(jobs), "--json", str(out),
               "--results", str(work / f"j{jobs}.jsonl")] + ([] if fuzz else ["--no-fuzz"])
    env = {**os.environ, "JUDGE_PROBLEMS": str(problems_root)}
    start = time.perf_counter()
    done = subprocess.run(command, cwd=work, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"judge grade -j {jobs} failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return wall, json.loads(out.read_text(encoding="utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", "--submissions", type=int, default=100)
    parser.add_argument("--no-fuzz", action="store_true", help="grade with --no-fuzz (hidden cases only)")
    args = parser.parse_args()
    problems = usable_problems()
    if not problems:
        sys.exit("no usable problem under problems/")
    with tempfile.TemporaryDirectory(prefix="judge-grade-bench-") as tmp:
        work = Path(tmp)
        problems_root = work / "problems"
        problems_root.mkdir()
        for folder in problems:  # only the usable problems, so a folder still being written cannot interfere
            (problems_root / folder.name).symlink_to(folder)
        make_class(work, problems, args.submissions)
        runs = {jobs: grade(work, problems_root, jobs, not args.no_fuzz) for jobs in (1, 2)}
    verdicts = {jobs: [(r["submitter"], r["file"], r["verdict"]) for r in data["results"]]
                for jobs, (_, data) in runs.items()}
    counts = runs[1][1]["summary"]["verdicts"]
    judged = len(verdicts[1])
    rows = []
    for jobs, (wall, data) in runs.items():
        busy = sum(r["wall_s"] for r in data["results"])
        rows.append([f"-j {jobs}", f"{wall:.1f}", f"{judged / wall:.2f}", f"{wall / judged:.3f}",
                     f"{busy / judged:.3f}", f"{runs[1][0] / wall:.2f}x"])
    print(f"{judged} submissions over {len(problems)} problems ({', '.join(p.name for p in problems)}); "
          f"{os.cpu_count()} cores; fuzzing {'off' if args.no_fuzz else 'on'}")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in counts.items() if v))
    print(tabulate(rows, headers=["jobs", "wall s", "submissions/s", "wall s per submission",
                                  "judging s per submission", "speed-up vs -j 1"]))
    print(f"-j 2 / -j 1 wall-time ratio: {runs[2][0] / runs[1][0]:.2f}")
    print("verdicts of -j 1 and -j 2 " + ("agree" if verdicts[1] == verdicts[2] else
                                          f"DIFFER: {sorted(set(verdicts[1]) ^ set(verdicts[2]))}"))


if __name__ == "__main__":
    main()
