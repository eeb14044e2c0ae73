"""The user's folders the judge writes to, by each platform's convention — never the current folder.

``judge run`` in a clean folder leaves it clean: the history goes to the data folder,
``judge grade``'s resume log and Hypothesis's storage to the cache folder.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_CACHE = "JUDGE_CACHE_DIR"


def data_dir() -> Path:
    """The user's data folder for the judge (the practice history lives here)."""
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / "judge"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "judge"
    return Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "judge"


def cache_dir() -> Path:
    """The user's cache folder for the judge: ``$JUDGE_CACHE_DIR``, else the platform's cache folder."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    home = Path.home()
    if sys.platform == "darwin":
        return home / "Library" / "Caches" / "judge"
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "judge" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "judge"


def keep_hypothesis_out_of_cwd() -> None:
    """Point Hypothesis's storage (its constants cache and Unicode tables; the example
    database is off) at the cache folder instead of ``./.hypothesis``. Call before fuzzing."""
    from hypothesis.configuration import set_hypothesis_home_dir

    set_hypothesis_home_dir(cache_dir() / "hypothesis")


def grade_log_path(submissions: Path, shard: tuple[int, int] | None) -> Path:
    """Where ``judge grade`` keeps its resume log by default: in the cache folder, named after
    the submissions folder (and shard), so ``--resume`` finds it whatever the other options."""
    import hashlib  # here, not at the top: judge --help reads the cache folder and needs no hashing

    suffix = "" if shard is None else f"-{shard[0]}-of-{shard[1]}"
    digest = hashlib.sha256(str(submissions.resolve()).encode()).hexdigest()[:12]
    return cache_dir() / "grade" / f"{submissions.resolve().name}-{digest}{suffix}.jsonl"
