"""``problem.yaml`` of a Kattis package, legacy or 2023-07, read into a typed ``Metadata``.

The two versions differ in what this judge needs:

- legacy (no ``problem_format_version``, or ``legacy``/``legacy-icpc``): ``validation:
  default|custom [score] [interactive]``, ``validator_flags``, ``limits.time_multiplier``
  (default 5) and ``limits.time_safety_margin`` (default 2);
- 2023-07 (``2023-07-draft`` or ``2023-07``): ``type`` may be a list (``interactive`` and
  ``multi-pass`` are types), a custom validator is the ``output_validator(s)/`` folder,
  ``limits.time_multipliers`` has ``ac_to_time_limit`` (2) and ``time_limit_to_tle`` (1.5),
  and ``limits.time_limit`` / ``time_resolution`` may be given.

Unknown keys are refused, as both specifications ask, so a typo cannot silently
change how a problem is judged. Every error names the file and the key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.errors import ProblemError

LEGACY_VERSIONS = ("legacy", "legacy-icpc")
MODERN_VERSIONS = ("2023-07-draft", "2023-07")
_COMMON_KEYS = {"problem_format_version", "type", "name", "uuid", "source", "license", "rights_owner",
                "limits", "keywords", "languages"}
LEGACY_KEYS = _COMMON_KEYS | {"author", "source_url", "validation", "validator_flags", "grading", "libraries"}
MODERN_KEYS = _COMMON_KEYS | {"version", "credits", "embargo_until", "allow_file_writing", "constants"}
_COMMON_LIMITS = {"memory", "output", "code", "compilation_time", "compilation_memory", "validation_time",
                  "validation_memory", "validation_output"}
LEGACY_LIMITS = _COMMON_LIMITS | {"time_multiplier", "time_safety_margin"}
MODERN_LIMITS = _COMMON_LIMITS | {"time_multipliers", "time_limit", "time_resolution", "validation_passes"}
REFUSED_TYPES = {"interactive": "interactive problems (a validator talking to the solution)",
                 "multi-pass": "multi-pass problems (the solution run again on the validator's output)",
                 "submit-answer": "submit-answer problems (answers uploaded instead of a program)"}
DEFAULT_MEMORY_MB = 1024
DEFAULT_OUTPUT_MB = 8


@dataclass(frozen=True)
class Timing:
    """How the time limit is found: fixed (``.timelimit`` or ``limits.time_limit``) or computed
    as the slowest accepted submission times ``ac_to_limit``, rounded up to ``resolution``."""

    fixed_s: float | None
    fixed_by: str
    ac_to_limit: float
    limit_to_tle: float
    resolution: float

    def computed_s(self, slowest_ac_s: float) -> float:
        """The smallest multiple of ``resolution`` that is at least slowest AC x multiplier."""
        steps = max(1, math.ceil(slowest_ac_s * self.ac_to_limit / self.resolution - 1e-9))
        return round(steps * self.resolution, 6)


@dataclass(frozen=True)
class Metadata:
    """What the judge uses from ``problem.yaml``."""

    version: str
    kind: str  # "pass-fail" or "scoring"
    name: str | None
    custom_validation: bool | None  # legacy says; 2023-07 leaves it to the output_validator folder
    validator_flags: tuple[str, ...]
    timing: Timing
    memory_mb: int
    output_mb: int
    validation_time_s: float
    keywords: tuple[str, ...]
    source: str

    @property
    def legacy(self) -> bool:
        return self.version in LEGACY_VERSIONS


def read_yaml(path: Path, what: str) -> Any:
    """Parse one YAML file; a syntax error names the line and column."""
    import yaml  # only Kattis packages need it: problem.toml folders and `judge --help` do not load it

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read {what} ({exc.strerror})") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ProblemError(f"{path}{where}: not valid YAML ({problem})") from exc


def read_metadata(root: Path) -> Metadata:
    """Read and check ``root/problem.yaml`` (and ``root/.timelimit`` if present)."""
    path = root / "problem.yaml"
    raw = read_yaml(path, "the problem metadata")
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise ProblemError(f"{path}: must be a YAML map of keys (name, type, limits, ...), got {type(raw).__name__}")
    version = str(raw.get("problem_format_version", "legacy"))
    if version not in LEGACY_VERSIONS + MODERN_VERSIONS:
        raise ProblemError(f"{path}: problem_format_version {version!r} is not supported; "
                           f"supported: {', '.join(LEGACY_VERSIONS + MODERN_VERSIONS)}")
    legacy = version in LEGACY_VERSIONS
    _refuse_unknown(raw, LEGACY_KEYS if legacy else MODERN_KEYS, path, "", version)
    limits = raw.get("limits") or {}
    if not isinstance(limits, dict):
        raise ProblemError(f"{path}: limits must be a map (memory, output, ...), got {limits!r}")
    _refuse_unknown(limits, LEGACY_LIMITS if legacy else MODERN_LIMITS, path, "limits.", version)
    kind = _problem_type(raw.get("type", "pass-fail"), path, legacy)
    custom, flags = _validation(raw, path, kind) if legacy else (None, ())
    return Metadata(
        version=version, kind=kind, name=_name(raw.get("name"), path), custom_validation=custom,
        validator_flags=flags, timing=_timing(root, limits, path, legacy),
        memory_mb=int(_number(limits, "memory", DEFAULT_MEMORY_MB, path, minimum=1)),
        output_mb=int(_number(limits, "output", DEFAULT_OUTPUT_MB, path, minimum=1)),
        validation_time_s=_number(limits, "validation_time", 60, path, minimum=1),
        keywords=_keywords(raw.get("keywords"), path), source=_source(raw.get("source")),
    )


def _refuse_unknown(table: dict[str, Any], known: set[str], path: Path, prefix: str, version: str) -> None:
    unknown = sorted(str(k) for k in table if k not in known)
    if unknown:
        raise ProblemError(f"{path}: unknown key {prefix}{unknown[0]} for problem_format_version {version} "
                           f"(known: {', '.join(sorted(known))})")


def _problem_type(value: Any, path: Path, legacy: bool) -> str:
    kinds = [value] if isinstance(value, str) else value
    if not isinstance(kinds, list) or not kinds or not all(isinstance(k, str) for k in kinds):
        raise ProblemError(f"{path}: type must be a string or a list of strings, got {value!r}")
    for kind in kinds:
        if kind in REFUSED_TYPES:
            raise ProblemError(f"{path}: type {kind}: {REFUSED_TYPES[kind]} are not supported yet; "
                               f"judge runs pass-fail and scoring problems read from stdin")
        if kind not in ("pass-fail", "scoring") or (legacy and len(kinds) > 1):
            allowed = "pass-fail or scoring" if legacy else "pass-fail, scoring, interactive, multi-pass, submit-answer"
            raise ProblemError(f"{path}: type must be {allowed}, got {value!r}")
    if len(set(kinds)) > 1:
        raise ProblemError(f"{path}: type cannot be both pass-fail and scoring")
    return kinds[0]


def _validation(raw: dict[str, Any], path: Path, kind: str) -> tuple[bool, tuple[str, ...]]:
    words = str(raw.get("validation", "default")).split()
    if not words or words[0] not in ("default", "custom"):
        raise ProblemError(f"{path}: validation must start with default or custom, got {raw.get('validation')!r}")
    extra = words[1:]
    if "interactive" in extra:
        raise ProblemError(f"{path}: validation {' '.join(words)}: interactive problems are not supported yet; "
                           f"judge runs pass-fail and scoring problems read from stdin")
    if "score" in extra:
        raise ProblemError(f"{path}: validation {' '.join(words)}: scores from the output validator "
                           f"(score.txt) are not supported yet; use accept_score in testdata.yaml")
    if extra or (words[0] == "default" and len(words) > 1):
        raise ProblemError(f"{path}: validation: unknown word(s) {' '.join(extra)!r} "
                           f"(allowed: default, or custom [score] [interactive])")
    flags = raw.get("validator_flags", "")
    if not isinstance(flags, (str, int, float)) or isinstance(flags, bool):
        raise ProblemError(f"{path}: validator_flags must be a string of space-separated flags, got {flags!r}")
    return words[0] == "custom", tuple(str(flags).split())


def _timing(root: Path, limits: dict[str, Any], path: Path, legacy: bool) -> Timing:
    fixed: float | None = None
    fixed_by = ""
    timelimit = root / ".timelimit"
    if timelimit.is_file():
        text = timelimit.read_text(encoding="utf-8").strip()
        try:
            fixed = float(text)
        except ValueError:
            fixed = -1.0
        if not math.isfinite(fixed) or fixed <= 0:
            raise ProblemError(f"{timelimit}: must hold a positive number of seconds, got {text!r}")
        fixed_by = ".timelimit"
    if legacy:
        return Timing(fixed, fixed_by, _number(limits, "time_multiplier", 5.0, path, minimum=1),
                      _number(limits, "time_safety_margin", 2.0, path, minimum=1), 1.0)
    multipliers = limits.get("time_multipliers") or {}
    if not isinstance(multipliers, dict):
        raise ProblemError(f"{path}: limits.time_multipliers must be a map, got {multipliers!r}")
    _refuse_unknown(multipliers, {"ac_to_time_limit", "time_limit_to_tle"}, path, "limits.time_multipliers.", "2023-07")
    if "time_limit" in limits:
        fixed, fixed_by = _number(limits, "time_limit", 1.0, path, minimum=1e-3), "problem.yaml limits.time_limit"
    return Timing(fixed, fixed_by,
                  _number(multipliers, "ac_to_time_limit", 2.0, path, minimum=1, prefix="limits.time_multipliers."),
                  _number(multipliers, "time_limit_to_tle", 1.5, path, minimum=1, prefix="limits.time_multipliers."),
                  _number(limits, "time_resolution", 1.0, path, minimum=1e-3))


def _number(table: dict[str, Any], key: str, default: float, path: Path, minimum: float,
            prefix: str = "limits.") -> float:
    value = table.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value >= minimum or math.isinf(value):
        raise ProblemError(f"{path}: {prefix}{key} must be a number of at least {minimum:g}, got {value!r}")
    return float(value)


def _name(value: Any, path: Path) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict) and value:
        chosen = value.get("en", next(iter(value.values())))
        if isinstance(chosen, str):
            return chosen
    raise ProblemError(f"{path}: name must be a string or a map from language to name, got {value!r}")


def _keywords(value: Any, path: Path) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, list) and all(isinstance(k, str) for k in value):
        return tuple(value)
    raise ProblemError(f"{path}: keywords must be a string or a list of strings, got {value!r}")


def _source(value: Any) -> str:
    if isinstance(value, str):
        return value
    entries = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    names = [e if isinstance(e, str) else str(e.get("name", "")) for e in entries if isinstance(e, (str, dict))]
    return ", ".join(n for n in names if n)


__all__ = ["Metadata", "Timing", "read_metadata", "read_yaml"]
