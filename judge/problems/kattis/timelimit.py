"""The time limit of a Kattis package: fixed by the package, or computed from its accepted submissions.

A package fixes its limit with a ``.timelimit`` file or (2023-07) ``limits.time_limit``.
Otherwise the limit is the slowest accepted submission's slowest case times the
package's multiplier (legacy ``time_multiplier``, default 5; 2023-07
``ac_to_time_limit``, default 2), rounded up to ``time_resolution`` (1 s unless the
package says otherwise), as the specification computes it. Only the Python
submissions under ``submissions/accepted/`` are run, each in a plain process through
the same harness as a user's program (they are trusted, like a reference solution).

Measuring takes a few seconds, so the computed limit is kept per process and on disk
(``$JUDGE_CACHE_DIR/timelimits/``), keyed by the package's problem.yaml, test data and
accepted submissions: change any of them and it is measured again.
"""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import asdict, dataclass

from judge.errors import ProblemError
from judge.judging.reference import ReferenceClock
from judge.problems.kattis.problem import KattisProblem
from judge.problems.kattis.programs import cache_root

_lock = threading.Lock()
_memory: dict[str, "TimeLimit"] = {}


@dataclass(frozen=True)
class TimeLimit:
    """The limit in seconds and where it came from (for ``judge check``'s calibration line)."""

    limit_s: float
    source: str  # ".timelimit", "problem.yaml limits.time_limit" or "computed"
    slowest_ac_s: float | None = None
    slowest_ac: str = ""
    multiplier: float = 0.0


def time_limit(problem: KattisProblem) -> TimeLimit:
    """The package's time limit, measuring the accepted submissions if it is not fixed."""
    timing = problem.kattis.meta.timing
    if timing.fixed_s is not None:
        return TimeLimit(timing.fixed_s, timing.fixed_by)
    key = _fingerprint(problem)
    with _lock:
        if key in _memory:
            return _memory[key]
    stored = _load(key)
    found = stored if stored is not None else measure(problem)
    if stored is None:
        _store(key, found)
    with _lock:
        _memory[key] = found
    return found


def measure(problem: KattisProblem) -> TimeLimit:
    """Run every accepted Python submission on every case; the slowest case sets the limit."""
    accepted = [path for folder, path in problem.submissions() if folder == "accepted"]
    if not accepted:
        raise ProblemError(f"{problem.root / 'submissions' / 'accepted'}: no accepted Python submission to set "
                           f"the time limit from; add one, or fix the limit with a .timelimit file")
    slowest, slowest_name = 0.0, ""
    for path in accepted:
        with ReferenceClock(problem, path) as clock:
            for case in problem.all_cases():
                seconds = clock.seconds(case)
                if seconds >= slowest:
                    slowest, slowest_name = seconds, f"{path.name} on {case.name}"
    timing = problem.kattis.meta.timing
    return TimeLimit(timing.computed_s(slowest), "computed", slowest, slowest_name, timing.ac_to_limit)


def _fingerprint(problem: KattisProblem) -> str:
    digest = hashlib.sha256(b"timelimit-v1\0")
    files = [problem.root / "problem.yaml"] + [p for folder, p in problem.submissions() if folder == "accepted"]
    for case in problem.all_cases():
        files += [p for p in (case.input_path, case.answer_path) if p is not None]
    for path in files:
        digest.update(str(path.relative_to(problem.root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def _load(key: str) -> TimeLimit | None:
    try:
        data = json.loads((cache_root() / "timelimits" / f"{key}.json").read_text(encoding="utf-8"))
        return TimeLimit(**data)
    except (OSError, ValueError, TypeError):
        return None


def _store(key: str, found: TimeLimit) -> None:
    folder = cache_root() / "timelimits"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{threading.get_ident()}.tmp"
        temporary.write_text(json.dumps(asdict(found)), encoding="utf-8")
        temporary.replace(folder / f"{key}.json")
    except OSError:
        pass  # a read-only cache only costs a measurement next time


__all__ = ["TimeLimit", "measure", "time_limit"]
