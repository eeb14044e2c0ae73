"""The audit's fresh children (``judge.judging.stream``): the judged run's processes, replayed on the judge's draws.

A solution may carry state between calls and cases (``module_level_pool.py`` keeps its
leftover entropy at module level), so the outputs of a case are a function of the draws
*and of what its process ran before*. The judged run is not always one process: when a
stream case is stopped at its wall-clock or CPU cap (an overloaded machine) and fresh
children then measure it within its limit (``remeasure``), the outputs kept for it are a
fresh child's (the first sample unmeasured, on the same draws, then the case), and if the
judged child was killed, the later cases run in another fresh child (``runner._Cases.fresh``).
``History`` records that while the run goes; ``lives`` turns it into the processes the
replay runs, so that every case is replayed after exactly the history it was judged after.
A replay of the run as one process would see another history and refuse a right solution.

A deliberate overrun changes which processes the audit starts, never what it covers:
every case whose outputs the run kept is compared in some life, and the fork is drawn over
every hidden case as before.

``audit`` runs two things side by side (two cores): every life, one after the other, each
in a fresh child (the full replay: any output that is not a function of the draws and the
history differs, in any case), and the fork: a fresh child runs the life of the forked case
up to it, then that case on forked draws, and stops. Both stop at the first compared case
whose outputs differ from the judged run's, or once the forked outputs are refused: the
verdict is decided there, and a cheat costs little.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from judge import values
from judge.judging import draws
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.sandbox.protocol import Reply

REPLAY_TIMEOUT_S = 60.0

Step = tuple[Case, bool]  # a case, and whether the run kept this process's outputs of it (they are compared)


@dataclass
class History:
    """Which processes of the judged run gave which outputs, recorded by the runner as it goes.

    ``starts``: the index of each case a fresh judged child started with after the first child
    ended (``runner._Cases.fresh``). ``apart``: the cases whose kept outputs came from a
    re-measurement's fresh child (``remeasure``: the first sample unmeasured, then the case).
    """

    starts: list[int] = field(default_factory=list)
    apart: set[str] = field(default_factory=set)


def lives(cases: list[Case], history: History, warm_up: Callable[[Case], Case | None]) -> list[list[Step]]:
    """The processes the replay runs, in the order of the judged run: each the cases it runs, in order.

    A judged child's cases, from where it started to where the next one started (a case whose
    outputs came from elsewhere is run, uncompared, as it was in the judged child, unless
    nothing follows it there); then, for each case in ``history.apart``, its ``warm_up`` case
    (uncompared) and the case.
    """
    bounds = [0, *sorted({start for start in history.starts if 0 < start < len(cases)}), len(cases)]
    found: list[list[Step]] = []
    for start, end in zip(bounds, bounds[1:]):
        life = [(case, case.name not in history.apart) for case in cases[start:end]]
        while life and not life[-1][1]:
            life.pop()  # nothing ran after it in that process: it would only cost
        if life:
            found.append(life)
    for case in cases:
        if case.name in history.apart:
            warm = warm_up(case)
            found.append(([(warm, False)] if warm is not None else []) + [(case, True)])
    index = {case.name: i for i, case in enumerate(cases)}
    return sorted(found, key=lambda life: min(index[case.name] for case, kept in life if kept))


def fork_life(plan: list[list[Step]], name: str) -> list[Step]:
    """The life in which the run kept case ``name``'s outputs, up to and including that case."""
    for life in plan:
        for at, (case, kept) in enumerate(life):
            if kept and case.name == name:
                return life[: at + 1]
    raise AssertionError(f"case {name} is in no life of the replay")


def audit(problem: Problem, solution: Path, plan: list[list[Step]], sandbox: str, key: bytes,
          fork: tuple[str, int], judged: dict[str, Any],
          refused: Callable[[Any], str | None]) -> tuple[list[dict[str, Any]], str | None]:
    """(the outputs the full replay and the fork's child gave per compared case, why the fork refused).

    ``fork`` is (the case, the draw) where the draws change; ``refused`` says why the forked
    outputs (None if there are none) fail, or None. The two run side by side; either verdict
    stops both after their current case: a compared case that differs from ``judged``, or a
    refused fork (then the full replay may not have reached every case).
    """
    stop = threading.Event()
    forking = fork_life(plan, fork[0])
    forked_draws = (fork[1], draws.new_key())

    def replay_all() -> dict[str, Any]:
        found: dict[str, Any] = {}
        for life in plan:
            found.update(run(problem, solution, life, sandbox, key, judged, stop))
        return found

    def fork_and_judge() -> tuple[dict[str, Any], str | None]:
        found = run(problem, solution, forking, sandbox, key, judged, stop, forked_draws)
        why = refused(found.pop(fork[0], None))
        if why is not None:
            stop.set()
        return found, why

    with ThreadPoolExecutor(max_workers=2) as pool:
        forked = pool.submit(fork_and_judge)
        replayed = pool.submit(replay_all)
        before, why = forked.result()
        return [replayed.result(), before], why


def run(problem: Problem, solution: Path, life: list[Step], sandbox: str, key: bytes, judged: dict[str, Any],
        stop: threading.Event, fork: tuple[int, bytes] | None = None) -> dict[str, Any]:
    """The outputs of the kept cases of ``life`` from one fresh process on the draws of ``key`` (the
    last case on draws forked as ``fork`` says, if given). A kept case whose outputs differ from
    ``judged`` (or a process that does not load) sets ``stop`` and ends the life; ``stop`` set by
    the other thread ends it before its next case."""
    limits = Limits(cpu_s=REPLAY_TIMEOUT_S * 2, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    found: dict[str, Any] = {}
    compared = [case.name for at, (case, kept) in enumerate(life) if kept and (fork is None or at < len(life) - 1)]
    with Child(solution, limits, sandbox) as child:
        try:
            child.load(problem, REPLAY_TIMEOUT_S)
        except LoadFailed:  # it loaded in the judged run: its first compared case differs
            if compared:
                found[compared[0]] = None
                stop.set()
            return found
        for at, (case, kept) in enumerate(life):
            if stop.is_set():
                break
            forked = fork is not None and at == len(life) - 1
            exchange, _ = draws.request(child, problem, case, protocol.case_request(problem, case), REPLAY_TIMEOUT_S,
                                        key=key, fork=fork if forked else None)
            if kept:
                found[case.name] = _value(exchange.reply)
            if kept and not forked and found[case.name] != judged.get(case.name):
                stop.set()
                break
    return found


def first_difference(cases: list[Case], judged: dict[str, Any], replayed: list[dict[str, Any]],
                     whole: bool = True) -> tuple[Case, Any] | None:
    """The first case, in the judged order, whose replayed outputs differ from the judged ones, and
    those outputs; with ``whole`` (the full replay was not stopped by a refused fork), a case the
    full replay (``replayed[0]``) did not reach counts as differing."""
    for case in cases:
        for found in replayed:
            if case.name in found and found[case.name] != judged.get(case.name):
                return case, found[case.name]
    missing = next((case for case in cases if case.name not in replayed[0]), None) if whole else None
    return (missing, None) if missing is not None else None


def _value(reply: Reply | None) -> Any:
    if reply is None or not reply.ok:
        return None
    try:
        return values.rebuild(reply.value)
    except values.Malformed:
        return None


__all__ = ["History", "audit", "first_difference", "fork_life", "lives"]
