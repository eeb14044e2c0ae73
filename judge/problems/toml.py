"""Read a TOML file the judge depends on, turning every failure into a JudgeError naming it."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from judge.errors import JudgeError


def read_toml(path: Path, error: type[JudgeError], what: str) -> dict[str, Any]:
    """The parsed file, or ``error`` with the path, what the file is, and why it failed."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: invalid TOML: {exc}") from exc
