"""Where an Accepted solution's speed stands: slow next to the reference, and among the known accepted ones.

LeetCode shows a runtime distribution that moves with the load of its servers. Here
the comparison is reproducible: the solution's time over the reference's, both
measured beside each other in this run, is set against the same figure recorded for
every known accepted submission by ``judge check --calibrate`` (``total_ratio`` in
calibration.json), so "faster than 4 of 7 known accepted solutions" does not depend
on how busy the machine is. When the large cases take more than ``SLOW_FACTOR`` x the
reference, the report says so, with the growth the cases themselves suggest: the
Theil-Sen exponent of time over input size across the judged cases, for the solution
and for the reference (``judge run --complexity`` measures it properly).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

from judge.judging.growth import exponent
from judge.problems import calibration
from judge.problems.problem import Case, Problem
from judge.verdict import CaseResult, JudgeResult, Standing

SLOW_FACTOR = 20.0


def case_size(args: Sequence[Any]) -> int:
    """A case's input size: the total length of its sequence arguments (0 if it has none)."""
    return sum(len(a) for a in args if isinstance(a, (str, list, tuple, dict)))


def large_ratio(results: Sequence[CaseResult]) -> float | None:
    """Time over the reference's on the cases the reference takes long enough to time (else on all)."""
    timed = [r for r in results if (r.reference_ms or 0) >= calibration.MIN_REFERENCE_S * 1000] or list(results)
    reference = sum(r.reference_ms or 0.0 for r in timed)
    return sum(r.time_ms for r in timed) / reference if reference > 0 else None


def suggested_growth(results: Sequence[CaseResult], cases: Mapping[str, Case]) -> tuple[float | None, float | None]:
    """Exponents of time over input size across the judged cases: the solution's and the reference's."""
    sized = [(case_size(cases[r.name].args), r) for r in results if r.name in cases]
    mine: dict[int, float] = {}
    theirs: dict[int, float] = {}
    for n, r in sized:
        if n > 0:
            mine[n] = max(mine.get(n, 0.0), r.time_ms / 1000)
            theirs[n] = max(theirs.get(n, 0.0), (r.reference_ms or 0.0) / 1000)
    return exponent(sorted(mine.items())), exponent(sorted(theirs.items()))


def standing_of(problem: Problem, cases: Sequence[Case], result: JudgeResult) -> Standing | None:
    """The standing of an Accepted result (None for any other verdict or without a reference time)."""
    if not result.accepted or not result.reference_time_ms:
        return None
    ratio = result.time_ms / result.reference_time_ms
    known = calibration.read(problem.root)
    ratios = sorted(float(entry["total_ratio"]) for name, entry in (known.submissions if known else {}).items()
                    if name.startswith("accepted/") and isinstance(entry.get("total_ratio"), (int, float)))
    large = large_ratio(result.cases)
    slow = large is not None and large > SLOW_FACTOR
    growth, reference_growth = suggested_growth(result.cases, {c.name: c for c in cases}) if slow else (None, None)
    return Standing(ratio=round(ratio, 3), faster_than=sum(1 for r in ratios if r > ratio), known=len(ratios),
                    large_ratio=round(large, 2) if large is not None else None, slow=slow,
                    growth=growth, reference_growth=reference_growth)


def describe(standing: Standing) -> list[str]:
    """The report's lines about speed (empty when there is nothing to say)."""
    lines = []
    if standing.known:
        lines.append(f"speed: {standing.ratio:.2f}x the reference's time — faster than {standing.faster_than} of "
                     f"{standing.known} known accepted solutions (calibrated, the same every run)")
    if standing.slow:
        growth = ""
        if standing.growth is not None:
            growth = f"; across the cases your time grows like n^{standing.growth:.1f}"
            if standing.reference_growth is not None:
                growth += f", the reference's like n^{standing.reference_growth:.1f}"
        lines.append(f"slow: Accepted, but the large cases took {standing.large_ratio:.0f}x the reference's time"
                     f"{growth}. Try `judge run --complexity` to see how it grows.")
    return lines


__all__ = ["SLOW_FACTOR", "case_size", "describe", "standing_of"]
