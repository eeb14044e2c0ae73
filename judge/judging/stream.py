"""Randomized problems: prove the outputs depend on the injected source alone.

Per stream, the statistical checker tests uniformity and independence. What it
cannot see is *where* the randomness came from, so after every stream passes:

- entropy: n uniform outputs over k outcomes carry n·log(k) of entropy, and each
  source call gives log(sides); fewer calls than that bound allows (less a small
  allowance for entropy carried between calls) means another source was used;
- replay: all streams are run again in a fresh process with the same seeds, and
  must give the same outputs (the ``random`` module, the clock or ``os.urandom``
  would not);
- dependence: they are run once more in a fresh process with other seeds, and must
  give different outputs (a private seeded generator or a fixed cycle would not).

It also reports the mean number of source calls per output beside the entropy bound
and simple two-call rejection sampling.
"""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path
from typing import Any

from judge.checkers import statistical
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits
from judge.verdict import FailingCase, StreamFigures, Verdict

REPLAY_TIMEOUT_S = 60.0
RESEED_MASK = 0x5EED5EED
ENTROPY_ALLOWANCE_CALLS = 64  # entropy a solution may carry over between calls, in source calls


def verify(problem: Problem, solution: Path, cases: list[Case], outputs: dict[str, Any], source_calls: int,
           sandbox: str) -> tuple[Verdict, str, FailingCase | None, StreamFigures]:
    """(verdict, message, failing case, figures) after the replay checks."""
    total_outputs = sum(len(v) for v in outputs.values())
    extra = figures(problem, source_calls, total_outputs)
    source = f"{problem.stream_source}()"
    allowed = total_outputs * entropy_bound(problem) - ENTROPY_ALLOWANCE_CALLS
    if source_calls < allowed:
        text = (f"{total_outputs:,} uniform outputs need at least {allowed:,.0f} calls of {source} (the entropy "
                f"bound), but your solution made {source_calls:,}: it must be using another source of randomness")
        return Verdict.WA, text, _failing(cases[0], text), extra
    again = _replay(problem, solution, cases, sandbox, reseed=False)
    for case in cases:
        if again.get(case.name) != outputs[case.name]:
            where = _first_difference(outputs[case.name], again.get(case.name))
            text = (f"your outputs are not determined by {source} alone: replaying the same {source} stream "
                    f"(seed {case.seed}) in a fresh process gave a different output {where}. Use only {source} "
                    f"as a source of randomness (not random, time, os.urandom, ...)")
            return Verdict.WA, text, _failing(case, text), extra
    other = _replay(problem, solution, cases, sandbox, reseed=True)
    for case in cases:
        if other.get(case.name) == outputs[case.name]:
            text = (f"your outputs do not depend on {source}: a different {source} stream in a fresh process "
                    f"gave exactly the same {len(outputs[case.name]):,} outputs")
            return Verdict.WA, text, _failing(case, text), extra
    return Verdict.AC, "", None, extra


def _replay(problem: Problem, solution: Path, cases: list[Case], sandbox: str, reseed: bool) -> dict[str, Any]:
    """Outputs per case from a fresh process, with the same seeds or with others."""
    limits = Limits(cpu_s=REPLAY_TIMEOUT_S * 2, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    found: dict[str, Any] = {}
    with Child(solution, limits, sandbox) as child:
        child.request(protocol.load_request(problem, str(solution.resolve())), REPLAY_TIMEOUT_S)
        for case in cases:
            if reseed:
                case = replace(case, seed=(case.seed or 0) ^ RESEED_MASK)
            exchange = child.request(protocol.case_request(problem, case), REPLAY_TIMEOUT_S)
            found[case.name] = exchange.reply.get("value") if exchange.reply else None
    return found


def entropy_bound(problem: Problem) -> float:
    """The fewest source calls per output that can give uniform outputs: log(outcomes) / log(sides)."""
    return math.log(outcomes(problem)) / math.log(problem.stream_sides or 2)


def outcomes(problem: Problem) -> int:
    """How many values each output takes (the statistical checker's ``outcomes``; 10 otherwise)."""
    options = problem.checker_options
    return options.outcomes if isinstance(options, statistical.Options) else 10


def figures(problem: Problem, source_calls: int, outputs: int) -> StreamFigures:
    """Mean source calls per output, the entropy bound, and two-call rejection sampling's cost."""
    sides = problem.stream_sides or 2
    square = sides * sides
    accepted = square - square % outcomes(problem)
    return StreamFigures(
        calls_per_output=round(source_calls / outputs, 4) if outputs else 0.0,
        entropy_bound=round(entropy_bound(problem), 4),
        rejection_sampling=round(2 * square / accepted, 4),
    )


def _first_difference(first: list[Any], second: Any) -> str:
    if not isinstance(second, list):
        return "(the replay failed)"
    for index, (a, b) in enumerate(zip(first, second)):
        if a != b:
            return f"at call #{index + 1} ({a} then {b})"
    return f"(lengths {len(first)} and {len(second)})"


def _failing(case: Case, text: str) -> FailingCase:
    return FailingCase(case.name, {"seed": case.seed, "calls": case.calls}, None, None, text)
