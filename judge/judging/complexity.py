"""``judge run --complexity``: estimate how a solution's time grows with input size.

The package's ``strategies.worst_case(n)`` gives the input family that makes slow
solutions slow (the large hidden cases come from it too). Both the solution and the
reference run on it for n = 64, 128, 256, ... in sandboxed children, until a call
takes longer than ``STOP_S`` or n passes ``MAX_N`` (beyond the problem's own
constraints where that is needed to see the trend). Then every size is measured
again in ``ROUNDS`` more rounds, alternately largest-first and smallest-first, and
each point keeps its minimum: this machine's speed drifts by up to 2x over seconds,
and measuring the sizes one after another would fold that drift into the slope,
while rounds spread it over all of them and the minimum discards it. The exponent
is the Theil-Sen slope of log(time) against log(n) over the largest points long
enough to time reliably (>= ``MIN_TIME_S``). A linear solution fits close to 1 and a
quadratic one well above 1.5, run after run (benchmarks/complexity_reliability.py).
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from judge.errors import ProblemError, UsageError
from judge.judging.fuzz import load_strategies
from judge.judging.runner import RunOptions, choose_sandbox, wall_timeout
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits
from judge.verdict import Complexity, GrowthPoint, JudgeResult

START_N = 64
MAX_N = 1 << 20
STOP_S = 0.5
MIN_TIME_S = 0.005
REPEATS = 3
ROUNDS = 2
FIT_POINTS = 5


def measure(problem: Problem, solution: Path, sandbox: str, sizes: list[int], strategies: Any) -> list[tuple[int, float]]:
    """(n, seconds) for each size that runs in time, each the minimum over all rounds."""
    best: dict[int, float] = {}
    limits = Limits(cpu_s=600, memory_mb=max(problem.memory_mb, 1024), output_bytes=problem.output_kb * 1024)
    with Child(solution, limits, sandbox) as child:
        loaded = child.request(protocol.load_request(problem, str(solution.resolve())), 10.0)
        if loaded.reply is None or loaded.reply.get("status") != "ok":
            return []
        inputs = {}
        for n in sizes:  # the first round finds how far to grow
            inputs[n] = Case(name=f"n={n}", group="growth", args=strategies.worst_case(n), expected=None,
                             where="generated")
            seconds = _time(child, problem, inputs[n])
            if seconds is None:
                break
            best[n] = seconds
            if seconds > STOP_S:
                break
        grown = sorted(best)
        for round_number in range(ROUNDS):
            for n in (reversed(grown) if round_number % 2 == 0 else grown):
                seconds = _time(child, problem, inputs[n])
                if seconds is not None:
                    best[n] = min(best[n], seconds)
    return sorted(best.items())


def _time(child: Child, problem: Problem, case: Case) -> float | None:
    """The fastest of a few calls on ``case``, or None if it failed or timed out."""
    exchange = child.request(protocol.case_request(problem, case, REPEATS, STOP_S * REPEATS), wall_timeout(STOP_S * 4))
    if exchange.reply is None or exchange.reply.get("status") != "ok":
        return None
    return min(float(t) for t in exchange.reply["cpu_s"])


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Slope of log t over log n across the largest reliably timed points.

    The Theil-Sen estimate (the median of the slopes between every pair of points)
    rather than least squares: one point that a burst of load slowed down moves a
    least-squares fit a lot, and the median of the pairwise slopes hardly at all.
    """
    usable = [(n, t) for n, t in points if t >= MIN_TIME_S][-FIT_POINTS:]
    if len(usable) < 3:
        return None
    slopes = sorted((math.log(t2) - math.log(t1)) / (math.log(n2) - math.log(n1))
                    for i, (n1, t1) in enumerate(usable) for n2, t2 in usable[i + 1:])
    middle = len(slopes) // 2
    median = slopes[middle] if len(slopes) % 2 else (slopes[middle - 1] + slopes[middle]) / 2
    return round(median, 2)


def worst_case_family(problem: Problem) -> Any:
    """The package's strategies module, checked to have ``worst_case`` (before any judging starts)."""
    if problem.kind != "call":
        raise UsageError(f"--complexity needs a problem judged by calling a function; {problem.slug} is '{problem.kind}'")
    strategies = load_strategies(problem)
    if strategies is None or not hasattr(strategies, "worst_case"):
        raise ProblemError(f"{problem.root / 'strategies.py'}: define worst_case(n) to measure growth")
    return strategies


def estimate(problem: Problem, solution: Path, options: RunOptions, max_n: int = MAX_N) -> Complexity:
    """The ``complexity`` block: exponents and the measured points of both."""
    strategies = worst_case_family(problem)
    sizes = []
    n = START_N
    while n <= max_n:
        sizes.append(n)
        n *= 2
    sandbox = choose_sandbox(options.sandbox)
    mine = measure(problem, solution, sandbox, sizes, strategies)
    theirs = measure(problem, problem.reference, "process", sizes, strategies)
    return Complexity(
        exponent=exponent(mine),
        reference_exponent=exponent(theirs),
        points=tuple(GrowthPoint(n, round(t, 6)) for n, t in mine),
        reference_points=tuple(GrowthPoint(n, round(t, 6)) for n, t in theirs),
    )


def attach_complexity(problem: Problem, solution: Path, result: JudgeResult, options: RunOptions,
                      max_n: int = MAX_N) -> JudgeResult:
    return replace(result, complexity=estimate(problem, solution, options, max_n))
