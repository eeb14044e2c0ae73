"""Randomized problems: prove the outputs depend on the injected source alone.

Per stream, the statistical checker tests uniformity and independence. What it
cannot see is *where* the randomness came from, so after every stream passes this
module replays each one in a fresh process: the same seed must give the same
outputs (the ``random`` module, the clock or ``os.urandom`` would not), and two
different seeds must give different outputs (a hidden seeded generator or a fixed
cycle would not). It also reports the mean number of source calls per output
beside the entropy bound and simple rejection sampling.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from judge import reference
from judge.problem import Case, Problem
from judge.sandbox import Child, Limits
from judge.verdict import FailingCase, Verdict

REPLAY_TIMEOUT_S = 60.0


def verify(problem: Problem, solution: Path, cases: list[Case], outputs: dict[str, Any], source_calls: int,
           mode: str) -> tuple[Verdict, str, FailingCase | None, dict[str, Any]]:
    """(verdict, message, failing case, extra figures) after the replay checks."""
    total_outputs = sum(len(v) for v in outputs.values())
    extra = {"stream": figures(problem, source_calls, total_outputs)}
    seen: dict[tuple[Any, ...], Case] = {}
    for case in cases:
        head = tuple(outputs[case.name][:200])
        other = seen.get(head)
        if other is not None and other.seed != case.seed:
            text = (f"your outputs do not depend on {problem.stream_source}(): streams with seeds {other.seed} and "
                    f"{case.seed} gave the same first {len(head)} outputs")
            return Verdict.WA, text, _failing(case, text), extra
        seen[head] = case
    limits = Limits(cpu_s=REPLAY_TIMEOUT_S * 2, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    with Child(solution, limits, mode) as child:
        child.request(reference.load_request(problem, str(solution.resolve())), REPLAY_TIMEOUT_S)
        for case in cases:
            exchange = child.request(reference.case_request(problem, case), REPLAY_TIMEOUT_S)
            again = exchange.reply.get("value") if exchange.reply else None
            if again != outputs[case.name]:
                where = _first_difference(outputs[case.name], again)
                text = (f"your outputs are not determined by {problem.stream_source}() alone: replaying the same "
                        f"{problem.stream_source}() stream (seed {case.seed}) gave a different output {where}. "
                        f"Use only {problem.stream_source}() as a source of randomness (not random, time, os.urandom, ...)")
                return Verdict.WA, text, _failing(case, text), extra
    return Verdict.AC, "", None, extra


def figures(problem: Problem, source_calls: int, outputs: int) -> dict[str, float]:
    """Mean source calls per output, the entropy bound, and two-call rejection sampling's cost."""
    sides = problem.stream_sides or 2
    outcomes = int(problem.checker_config.get("outcomes", 10))
    square = sides * sides
    accepted = square - square % outcomes
    return {
        "calls_per_output": round(source_calls / outputs, 4) if outputs else 0.0,
        "entropy_bound": round(math.log(outcomes) / math.log(sides), 4),
        "rejection_sampling": round(2 * square / accepted, 4),
    }


def _first_difference(first: list[Any], second: Any) -> str:
    if not isinstance(second, list):
        return "(the replay failed)"
    for index, (a, b) in enumerate(zip(first, second)):
        if a != b:
            return f"at call #{index + 1} ({a} then {b})"
    return f"(lengths {len(first)} and {len(second)})"


def _failing(case: Case, text: str) -> FailingCase:
    return FailingCase(case.name, {"seed": case.seed, "calls": case.calls}, None, None, text)
