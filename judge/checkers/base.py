"""What every checker is: a module with ``Options``, ``parse`` and ``check`` (the ``Checker`` protocol).

``parse`` runs when a problem loads and turns the problem's ``[checker]`` table (less
its ``name``) into the checker's frozen ``Options``, raising ``ProblemError`` for a bad
or unknown option; ``check`` then trusts them. ``check`` returns ``None`` for an
accepted output, or a ``Mismatch`` saying why not.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

O = TypeVar("O")


@dataclass(frozen=True)
class Mismatch:
    """Why an output is wrong, in words for the user.

    ``message`` says what differs ("differs at index 3: expected 'b', got 'a'");
    ``hint`` is optional advice about the likely cause ("you rebound s").
    """

    message: str
    hint: str | None = None


class Checker(Protocol):
    """The shape of every checker module (see ``judge.checkers.get``)."""

    def parse(self, table: Mapping[str, Any], where: str) -> Any:
        """The checker's options from a ``[checker]`` table; ``where`` prefixes every error."""

    def check(self, expected: Any, actual: Any, *, config: Any, steps: list[Any] | None = None) -> Mismatch | None:
        """``None`` when ``actual`` is right. ``steps`` are the case's steps for the ``object`` kind."""


def options(config: O | Mapping[str, Any], kind: type[O], parse: Callable[[Mapping[str, Any], str], O]) -> O:
    """``config`` as parsed options: already parsed, or a plain table (tests, scripts) parsed now."""
    if isinstance(config, kind):
        return config
    assert isinstance(config, Mapping), f"checker options must be {kind.__name__} or a table"
    return parse(config, "checker options:")
