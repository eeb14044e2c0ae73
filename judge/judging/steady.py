"""Steadier figures for an Accepted run: its largest cases read again in fresh children (``--readings K``).

In a judged run each case is one reading of the kernel's CPU time in the judged child,
beside one reading of the reference; the verdict rests on those and on the grey-zone
rule (``judge.judging.timing``). The *figures* a user compares between runs — the total
time and the ratio to the reference — inherit each reading's noise, and a case is never
read twice in one child (a second call could answer from a memo). So the steadier
figure costs fresh children: with ``readings`` = K, the cases that hold most of the
reference's time are read K - 1 more times, each round in a fresh child (loaded, the
other cases run unmeasured in batches as the judged child ran them first, then each of
those cases once, each beside a fresh reading of the reference), and a case's figures
become the medians of its K readings, the solution's and the reference's.

Only the figures change: the verdict stays the judged run's. A round whose reading of a
case is not Accepted on time (a nondeterministic solution, a stop) gives that case no
reading. Stream and Kattis problems, and runs whose reference was timed up front
(``judge grade``), keep their one reading.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from pathlib import Path

from judge.judging import batching, outcome, reference, remeasure, requests
from judge.judging.options import over_kill_after, wall_timeout
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.verdict import CaseResult, Verdict

SHARE = 0.8  # the cases read again hold at least this share of the reference's time
MOST_CASES = 12


def heaviest(results: list[CaseResult]) -> list[str]:
    """The names of the fewest cases, largest reference time first, that hold ``SHARE`` of it (at most ``MOST_CASES``)."""
    timed = sorted((r for r in results if r.reference_ms), key=lambda r: r.reference_ms or 0.0, reverse=True)
    total = sum(r.reference_ms or 0.0 for r in timed)
    chosen: list[str] = []
    held = 0.0
    for result in timed[:MOST_CASES]:
        if held >= SHARE * total:
            break
        chosen.append(result.name)
        held += result.reference_ms or 0.0
    return chosen


def figures(problem: Problem, solution: Path, sandbox: str, cases: list[Case], results: list[CaseResult],
            readings: int) -> list[CaseResult]:
    """An Accepted call run's ``results``, steadier where this problem allows (see the module's docstring)."""
    if readings < 2 or problem.kind not in ("call", "object") or reference.cached_times(problem) is not None:
        return results
    if any(r.reference_ms is None for r in results):
        return results
    return steadier(problem, solution, sandbox, cases, results, readings)


def steadier(problem: Problem, solution: Path, sandbox: str, cases: list[Case], results: list[CaseResult],
             readings: int) -> list[CaseResult]:
    """``results`` with the heaviest cases' time and reference time the medians of ``readings`` readings."""
    names = heaviest(results)
    if readings < 2 or not names:
        return results
    by_name = {case.name: case for case in cases}
    mine: dict[str, list[float]] = {name: [] for name in names}
    theirs: dict[str, list[float]] = {name: [] for name in names}
    others = [case for case in cases if case.name not in mine]
    with reference.ReferenceClock(problem) as clock:
        for _ in range(readings - 1):
            _round(problem, solution, sandbox, others, [by_name[name] for name in names], clock, mine, theirs)
    steady = []
    for result in results:
        if result.name in mine and mine[result.name]:
            result = replace(result, time_ms=statistics.median([result.time_ms, *mine[result.name]]),
                             reference_ms=statistics.median([result.reference_ms or 0.0, *theirs[result.name]]))
        steady.append(result)
    return steady


def _round(problem: Problem, solution: Path, sandbox: str, others: list[Case], cases: list[Case],
           clock: reference.ReferenceClock, mine: dict[str, list[float]], theirs: dict[str, list[float]]) -> None:
    """One fresh child: load; the ``others`` unmeasured, a batch at a time, as the judged child ran them
    before its heavy cases (so its memory allocator and caches are in the same state: a first large call in
    a fresh process reads about a third slower); then each of ``cases`` once, beside the reference."""
    floor_s = problem.time_rule.floor_s
    limits = Limits(cpu_s=(len(cases) + len(others)) * floor_s * 4 + 30, memory_mb=problem.memory_mb,
                    output_bytes=problem.output_kb * 1024)
    with Child(solution, limits, sandbox) as child:
        try:
            child.load(problem, remeasure.LOAD_TIMEOUT_S)
        except LoadFailed:
            return
        for start in range(0, len(others), batching.MAX_CASES):
            batch = others[start:start + batching.MAX_CASES]
            child.request(protocol.cases_request(problem, batch), wall_timeout(len(batch) * floor_s))
        for case in cases:
            if not child.alive():
                return
            beside = clock.seconds(case)
            limit = problem.time_rule.limit_s(beside)
            exchange = child.request(requests.case_request(problem, case), wall_timeout(limit), over_kill_after(limit))
            found = outcome.of(exchange, problem, case, limit)
            if found.verdict is Verdict.AC:
                mine[case.name].append(found.time_s * 1000)
                theirs[case.name].append(beside * 1000)


__all__ = ["figures", "heaviest", "steadier"]
