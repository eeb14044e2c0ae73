"""``judge run --complexity``: estimate how a solution's time grows with input size.

The package's ``strategies.worst_case(n)`` gives the input family that makes slow
solutions slow (the large hidden cases come from it too); a package where no one
family is worst for every algorithm adds ``worst_cases`` (name -> function of n), and
the family the solution grows fastest on is reported. Both the solution and the
reference run on each family for n = 16, 32, 64, ... in sandboxed children, until a
call takes longer than ``STOP_S`` or n passes the problem's own constraint
(``strategies.MAX_N``; ``--max-n`` can only lower it). A point whose calls are short
is read again and again until its readings add up to ``SIGNAL_S`` of CPU time (at
most ``MAX_READINGS`` requests) and keeps the fastest, so microsecond calls still
carry signal. Every size is then measured in ``ROUNDS`` rounds, alternately
largest-first and smallest-first: this machine's speed drifts by up to 2x over
seconds, and rounds spread that drift over all sizes. The fit (``judge.judging.growth``)
reports the exponent with an uncertainty from the spread between rounds.
benchmarks/complexity_reliability.py measures that linear and quadratic solutions of
every problem with a size parameter are told apart run after run.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from judge.errors import ProblemError, UsageError
from judge.judging.fuzz import load_strategies
from judge.judging.growth import fit, worst_family
from judge.judging.options import RunOptions, choose_sandbox, wall_timeout
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.verdict import Complexity, GrowthPoint, JudgeResult

START_N = 16
MAX_N = 1 << 20
STOP_S = 0.5
SIGNAL_S = 0.02
MAX_READINGS = 40
ROUNDS = 3

Family = Callable[[int], list[Any]]
Rounds = dict[int, list[float]]


def measure(problem: Problem, solution: Path, sandbox: str, sizes: list[int], family: Family) -> Rounds:
    """Readings per size (one per round) for each size that runs in time."""
    readings: Rounds = {}
    limits = Limits(cpu_s=900, memory_mb=max(problem.memory_mb, 1024), output_bytes=problem.output_kb * 1024)
    with Child(solution, limits, sandbox) as child:
        try:
            child.load(problem, 10.0)
        except LoadFailed:
            return {}
        inputs = {}
        for n in sizes:  # the first round finds how far to grow
            inputs[n] = Case(name=f"n={n}", group="growth", args=family(n), expected=None, where="generated")
            seconds = _reading(child, problem, inputs[n])
            if seconds is None:
                break
            readings[n] = [seconds]
            if seconds > STOP_S:
                break
        grown = sorted(readings)
        for round_number in range(ROUNDS - 1):
            for n in (reversed(grown) if round_number % 2 == 0 else grown):
                seconds = _reading(child, problem, inputs[n])
                readings[n].append(seconds if seconds is not None else readings[n][-1])
    return readings


def _reading(child: Child, problem: Problem, case: Case) -> float | None:
    """The fastest call on ``case`` over requests (one call each) repeated until they add up to
    ``SIGNAL_S`` of CPU time, at most ``MAX_READINGS`` of them; None if a request failed."""
    best: float | None = None
    spent = 0.0
    for _ in range(MAX_READINGS):
        seconds = _call(child, problem, case)
        if seconds is None:
            return None
        best = seconds if best is None else min(best, seconds)
        spent += seconds
        if spent >= SIGNAL_S:
            break
    return best


def _call(child: Child, problem: Problem, case: Case) -> float | None:
    """The harness's CPU time of one request's call, or None if it failed."""
    exchange = child.request(protocol.case_request(problem, case), wall_timeout(STOP_S * 4))
    if exchange.reply is None or not exchange.reply.ok or not exchange.reply.claimed_cpu_s:
        return None
    return sum(exchange.reply.claimed_cpu_s)  # an estimate shown to the user, never a verdict figure


def families(strategies: Any) -> dict[str, Family]:
    """The package's worst-case families: ``worst_cases`` if it names several, else ``worst_case``."""
    several = getattr(strategies, "worst_cases", None)
    if isinstance(several, dict) and several:
        return dict(several)
    return {"worst_case": strategies.worst_case}


def sizes_up_to(strategies: Any, max_n: int) -> list[int]:
    """16, 32, ... up to the problem's constraint on n (``MAX_N`` in strategies.py), or ``max_n`` if lower."""
    cap = min(max_n, int(getattr(strategies, "MAX_N", MAX_N)))
    sizes, n = [], START_N
    while n <= cap:
        sizes.append(n)
        n *= 2
    if sizes and sizes[-1] < cap:
        sizes.append(cap)  # the constraint itself: the size the hidden cases are judged at
    return sizes


def worst_case_family(problem: Problem) -> Any:
    """The package's strategies module, checked to have ``worst_case`` (before any judging starts)."""
    if problem.kind != "call":
        raise UsageError(f"--complexity needs a problem judged by calling a function; {problem.slug} is '{problem.kind}'")
    strategies = load_strategies(problem)
    if strategies is None or not hasattr(strategies, "worst_case"):
        raise ProblemError(f"{problem.root / 'strategies.py'}: define worst_case(n) to measure growth")
    return strategies


def estimate(problem: Problem, solution: Path, options: RunOptions, max_n: int = MAX_N) -> Complexity:
    """The ``complexity`` block: the exponent on the family the solution grows fastest on, the
    reference's on the same family, both with their uncertainty, and the measured points."""
    strategies = worst_case_family(problem)
    sizes = sizes_up_to(strategies, max_n)
    sandbox = choose_sandbox(options.sandbox)
    measured: dict[str, tuple[Rounds, Rounds]] = {}
    for name, family in families(strategies).items():
        measured[name] = (measure(problem, solution, sandbox, sizes, family),
                          measure(problem, problem.reference, "process", sizes, family))
    fits = {name: fit(mine) for name, (mine, _) in measured.items()}
    worst = worst_family(fits) or next(iter(measured))
    mine, theirs = measured[worst]
    found, reference = fits[worst], fit(theirs)
    return Complexity(
        exponent=found.exponent if found else None,
        reference_exponent=reference.exponent if reference else None,
        points=_points(mine), reference_points=_points(theirs),
        uncertainty=found.uncertainty if found else None,
        reference_uncertainty=reference.uncertainty if reference else None,
        family=worst if len(measured) > 1 else None,
        exponents={name: f.exponent for name, f in fits.items() if f is not None} if len(measured) > 1 else {},
    )


def _points(readings: Rounds) -> tuple[GrowthPoint, ...]:
    return tuple(GrowthPoint(n, round(min(ts), 7)) for n, ts in sorted(readings.items()))


def attach_complexity(problem: Problem, solution: Path, result: JudgeResult, options: RunOptions,
                      max_n: int = MAX_N) -> JudgeResult:
    return replace(result, complexity=estimate(problem, solution, options, max_n))
