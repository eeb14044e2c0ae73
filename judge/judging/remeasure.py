"""Settle a case timed near its limit by measuring it again in fresh children (``judge.judging.timing``).

Each fresh child (with four times the usual wall-clock allowance plus 10 s: the
question is its CPU time, and the machine may be overloaded) loads the solution, runs
the first sample unmeasured (so the case is not also paying for a cold start, as it
did not in the judged child, where the samples ran first), then the case once. Where the run has a reference clock, the
reference is timed again beside each reading and the limit follows it, as it did in
the judged run. A fresh reading only has to say whether it is over the limit, so the
case is stopped just past it (``options.over_kill_after``) and a stopped run counts as
over: settling a grey case costs at most about one limit of CPU per fresh run. A fresh
child whose answer is wrong, or that raises, decides the case with that verdict: a
re-measurement never hides a fault. One killed by a bare signal (from outside, on an
overloaded machine) is no reading and counts as over the limit.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Callable

from judge.judging import draws, outcome, requests, timing
from judge.judging.options import over_kill_after
from judge.judging.outcome import Outcome
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.verdict import Verdict

LOAD_TIMEOUT_S = 10.0


def settle_case(problem: Problem, solution: Path, sandbox: str, case: Case, limit_s: float, judged: Outcome,
                limit_now: Callable[[], float], kill_after: Callable[[float], float],
                wall_timeout: Callable[[float], float], key: bytes | None = None) -> Outcome:
    """The judged outcome, or — if its time is in the grey zone — the verdict of the fresh runs.

    ``limit_now`` gives the case's limit from a fresh reading of the reference (or the
    same limit again when the reference was measured up front). ``key`` is a stream's
    secret: a fresh run is served the same draws, so its outputs replay like the judged ones."""
    if judged.verdict not in (Verdict.AC, Verdict.TLE) or not judged.cpu_s or judged.stalled:
        return judged  # a stalled child waited on itself: no fresh run would see it faster
    # A case stopped at the wall clock on an overloaded machine reads as exactly its limit: grey, so it
    # is measured again rather than failed. One stopped at the CPU cap reads its CPU (> GREY x): beyond.
    faults: list[Outcome] = []
    readings: list[Outcome] = []

    def fresh() -> float | None:
        if faults:
            return None
        limit = limit_now()
        got = _fresh_run(problem, solution, sandbox, case, limit, kill_after, lambda s: 4 * wall_timeout(s) + 10, key)
        if got.verdict not in (Verdict.AC, Verdict.TLE) and _fault(got):
            faults.append(got)
            return None
        if got.verdict is not Verdict.AC:  # stopped or killed from outside: no reading, counted as over
            return None
        readings.append(got)
        return got.time_s / limit if got.verdict is Verdict.AC else math.inf

    settled = timing.settle(judged.time_s / limit_s, fresh)
    if faults:
        return faults[0]
    if not settled.fresh:
        return judged
    if settled.tle:  # the one TLE wording, so two runs read the same; the readings go in the hint
        return replace(judged, verdict=Verdict.TLE, value=None, message=outcome.time_limit_message(limit_s),
                       hint=f"{settled.describe()}, over the limit")
    best = judged if judged.verdict is Verdict.AC else next(r for r in readings if r.verdict is Verdict.AC)
    return replace(best, verdict=Verdict.AC, message="")


def _fault(got: Outcome) -> bool:
    """A fresh run's own fault decides the case (a wrong answer, an exception, memory, output); a bare
    signal does not: on an overloaded machine a process can be killed from outside, and that is no reading."""
    return got.verdict is not Verdict.RE or bool(got.traceback and "Traceback" in got.traceback)


def _fresh_run(problem: Problem, solution: Path, sandbox: str, case: Case, limit_s: float,
               kill_after: Callable[[float], float], wall_timeout: Callable[[float], float],
               key: bytes | None = None) -> Outcome:
    """One reading of ``case`` in a new child (no limit on the answer check: the time is judged by the rule)."""
    limits = Limits(cpu_s=limit_s * 4 + 30, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    with Child(solution, limits, sandbox) as child:
        try:
            child.load(problem, LOAD_TIMEOUT_S)
        except LoadFailed as failed:  # it loaded in the judged child: a fault, never a time
            return outcome.of(failed.exchange, problem, case, limit_s)
        warm = warm_up(problem, case)
        if warm is not None:  # unmeasured, so the case does not also pay for a cold start
            warmed, _ = draws.request(child, problem, warm, requests.case_request(problem, warm),
                                      wall_timeout(limit_s), kill_after(limit_s), key)
            if warmed.reply is None:  # it died or ran out of time on the warm-up: that is its reading
                return outcome.of(warmed, problem, case, limit_s)
        exchange, taken = draws.request(child, problem, case, requests.case_request(problem, case),
                                        wall_timeout(limit_s), over_kill_after(limit_s), key)
        found = outcome.of(exchange, problem, case, math.inf) if exchange.reply is not None \
            else outcome.of(exchange, problem, case, limit_s)
        return replace(found, source_calls=taken, fresh=True) if taken is not None else replace(found, fresh=True)


def warm_up(problem: Problem, case: Case) -> Case | None:
    """The case a fresh child runs, unmeasured, before ``case``: the first sample (none before itself).

    A stream's is served the run's draws (``key``), so the fresh child's history is the same in any
    process and the audit can replay it (``judge.judging.replay``)."""
    return problem.samples[0] if problem.samples and problem.samples[0].name != case.name else None


__all__ = ["settle_case", "warm_up"]
