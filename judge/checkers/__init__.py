"""Checkers decide whether an output is right: one self-contained module each, one registry.

A checker module (the ``Checker`` protocol in ``base``) declares its options as a frozen
``Options`` dataclass, parses and validates them from problem.toml's ``[checker]``
table with ``parse`` when the problem loads, and compares with
``check(expected, actual, *, config, steps=None) -> Mismatch | None``. ``actual`` is
plain data decoded from the child (never a user object), so a return value with a
lying ``__eq__`` has already lost its lie.

To add a checker: write ``judge/checkers/<module>.py`` with those three names and
add it to ``REGISTRY`` below; problem.toml then accepts ``name = "<name>"``.
"""

from __future__ import annotations

import importlib
from typing import cast

from judge.checkers.base import Checker, Mismatch

REGISTRY = {"exact": "exact", "inplace": "inplace", "float": "floats", "statistical": "statistical",
            "tokens": "tokens", "validator": "validator"}
"""problem.toml's ``[checker] name`` -> the module under judge/checkers/ (imported when first used)."""

NAMES = tuple(REGISTRY)


def get(name: str) -> Checker:
    """The checker module called ``name`` (one of ``NAMES``; problem loading has checked it)."""
    return cast(Checker, importlib.import_module(f"judge.checkers.{REGISTRY[name]}"))


__all__ = ["Checker", "Mismatch", "NAMES", "REGISTRY", "get"]
