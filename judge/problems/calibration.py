"""A problem's calibrated time limit: ``calibration.json`` in its folder, and the arithmetic behind it.

Limits are set as Kattis sets them (problemtools' ``time_multipliers``): from the
slowest known accepted submission times a multiplier (``AC_MULTIPLIER``), with a
safety margin (``TLE_MARGIN``) that every known time-limit-exceeded submission
must still exceed. Because this machine's speed drifts by up to 2x within minutes,
the limit is not a number of seconds but a factor over the reference solution's
time measured beside each case in the same run (``TimeRule.limit_s``); the
calibration chooses that factor from ratios, which stay put when the machine slows.
Cases too small to time against the reference (reference under ``MIN_REFERENCE_S``)
fall back to the absolute ``time_floor_s``.

``judge check --calibrate`` measures the known submissions and writes the file
(``judge.problems.calibrate``); loading a problem reads it (``read``), so every run
is reproducible and costs no measuring. Layout (JSON)::

    {"written_by": "judge check --calibrate", "written_at": "...", "python": "3.11.7",
     "fingerprint": "<sha256 of the case files>",
     "ac_multiplier": 2.0, "tle_margin": 1.5, "min_reference_s": 0.01,
     "time_factor": 6.2, "time_floor_s": 0.2,
     "submissions": {"accepted/x.py": {"worst_ratio": 3.1, "worst_case": "large-3", "median_ratio": 2.0,
                                       "total_ratio": 2.4, "verdict": "AC"}, ...}}
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from judge.errors import ProblemError

FILE_NAME = "calibration.json"
AC_MULTIPLIER = 2.0  # limit = slowest accepted x this (problemtools' ac_to_time_limit)
TLE_MARGIN = 1.5  # known TLE submissions must exceed limit x this (problemtools' time_limit_to_tle)
AC_MIN_MARGIN = 1.35  # `judge check`: an accepted submission must run within limit / this (outside the grey zone)
MIN_REFERENCE_S = 0.01  # below this one reading of the reference is too noisy for a ratio (docs/timing.md)
DEFAULT_FLOOR_S = 0.2  # the absolute limit for cases too small to time against the reference
FLOOR_MULTIPLIER = 4.0  # the floor is at least this many times the slowest accepted small case:
# AC_MULTIPLIER, times 2 for the machine's drift (an absolute figure has no reference to follow it)


@dataclass(frozen=True)
class CaseTime:
    """One case as measured in a run: the solution's and the reference's CPU seconds."""

    name: str
    seconds: float
    reference_s: float

    @property
    def ratio(self) -> float | None:
        """Time over the reference's, or None where the reference is too fast to time."""
        return self.seconds / self.reference_s if self.reference_s >= MIN_REFERENCE_S else None


@dataclass(frozen=True)
class SubmissionFigures:
    """What one known submission did relative to the reference, case by case."""

    worst_ratio: float
    worst_case: str
    median_ratio: float
    total_ratio: float
    slowest_small_s: float

    def as_json(self) -> dict[str, Any]:
        return {"worst_ratio": round(self.worst_ratio, 3), "worst_case": self.worst_case,
                "median_ratio": round(self.median_ratio, 3), "total_ratio": round(self.total_ratio, 3),
                "slowest_small_s": round(self.slowest_small_s, 6)}


def figures(cases: Iterable[CaseTime]) -> SubmissionFigures:
    """Summarise a run: the worst ratio decides the limit (each case is held to its own)."""
    measured = list(cases)
    timed = sorted(((c.ratio, c.name) for c in measured if c.ratio is not None), reverse=True)
    small = [c.seconds for c in measured if c.ratio is None]
    total_ref = sum(c.reference_s for c in measured)
    worst, worst_name = timed[0] if timed else (1.0, "")
    ratios = sorted(r for r, _ in timed)
    median = ratios[len(ratios) // 2] if ratios else 1.0
    total = sum(c.seconds for c in measured) / total_ref if total_ref > 0 else 1.0
    return SubmissionFigures(worst, worst_name, median, total, max(small, default=0.0))


def time_factor(accepted: Iterable[SubmissionFigures]) -> float:
    """The limit factor: the slowest accepted worst-case ratio x ``AC_MULTIPLIER``, rounded up to 0.1."""
    slowest = max((f.worst_ratio for f in accepted), default=1.0)
    return math.ceil(max(slowest, 1.0) * AC_MULTIPLIER * 10) / 10


def time_floor(accepted: Iterable[SubmissionFigures]) -> float:
    """The absolute limit for tiny cases: generous, since there is no reference to compare with."""
    slowest = max((f.slowest_small_s for f in accepted), default=0.0)
    return round(max(DEFAULT_FLOOR_S, slowest * FLOOR_MULTIPLIER), 3)


def ac_margin(factor: float, worst_ratio: float) -> float:
    """How many times over an accepted submission's worst case the limit sits (>= AC_MIN_MARGIN: well inside)."""
    return factor / worst_ratio if worst_ratio > 0 else math.inf


def tle_separated(factor: float, worst_ratio: float) -> bool:
    """Whether a TLE submission's worst case lies beyond the limit x ``TLE_MARGIN``."""
    return worst_ratio > factor * TLE_MARGIN


def fingerprint(root: Path) -> str:
    """A hash of the problem's case files: a calibration made on other cases is stale."""
    import hashlib  # here: judge list loads this module and never needs it

    digest = hashlib.sha256()
    for path in [root / "data" / "sample.jsonl", *sorted((root / "data" / "secret").glob("*.jsonl"))]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@dataclass(frozen=True)
class Calibration:
    """The parts of ``calibration.json`` the judge uses, validated."""

    time_factor: float
    time_floor_s: float
    fingerprint: str
    submissions: dict[str, dict[str, Any]]


def read(root: Path) -> Calibration | None:
    """The problem's calibration, or None if it has none; a malformed file is a ProblemError."""
    path = root / FILE_NAME
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProblemError(f"{path}: cannot read the calibration ({exc}); rewrite it with "
                           f"`judge check --calibrate {root.name}`") from exc
    if not isinstance(data, dict):
        raise ProblemError(f"{path}: the calibration must be a JSON object; rewrite it with judge check --calibrate")
    for key in ("time_factor", "time_floor_s"):
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
            raise ProblemError(f"{path}: \"{key}\" must be a positive number, got {value!r}; "
                               f"rewrite it with `judge check --calibrate {root.name}`")
    submissions = data.get("submissions", {})
    if not isinstance(submissions, dict):
        raise ProblemError(f"{path}: \"submissions\" must be an object of submission -> figures")
    return Calibration(float(data["time_factor"]), float(data["time_floor_s"]), str(data.get("fingerprint", "")),
                       submissions)


def write(root: Path, body: dict[str, Any]) -> Path:
    """Write ``calibration.json`` (sorted keys, so a recalibration diffs cleanly)."""
    path = root / FILE_NAME
    path.write_text(json.dumps(body, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


__all__ = ["AC_MIN_MARGIN", "AC_MULTIPLIER", "Calibration", "CaseTime", "SubmissionFigures", "TLE_MARGIN",
           "ac_margin", "figures", "fingerprint", "read", "tle_separated", "time_factor", "time_floor", "write"]
