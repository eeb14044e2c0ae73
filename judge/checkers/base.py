"""What every checker returns: ``None`` for an accepted output, or a ``Mismatch``."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mismatch:
    """Why an output is wrong, in words for the user.

    ``message`` says what differs ("differs at index 3: expected 'b', got 'a'");
    ``hint`` is optional advice about the likely cause ("you rebound s").
    """

    message: str
    hint: str | None = None
