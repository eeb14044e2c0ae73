"""Checkers decide whether an output is right. One module per checker, found by name.

Each module exposes ``check(expected, actual, *, config) -> Mismatch | None``.
``actual`` is plain data decoded from the child (never a user object), so a
return value with a lying ``__eq__`` has already lost its lie.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any, Protocol

from judge.checkers.base import Mismatch

_MODULES = {"exact": "exact", "inplace": "inplace", "float": "floats", "statistical": "statistical",
            "tokens": "tokens", "validator": "validator"}


class Checker(Protocol):
    def check(self, expected: Any, actual: Any, *, config: dict[str, Any]) -> Mismatch | None: ...


def get(name: str) -> ModuleType:
    """The checker module called ``name`` (problem.toml's [checker] name)."""
    return importlib.import_module(f"judge.checkers.{_MODULES[name]}")


__all__ = ["Checker", "Mismatch", "get"]
