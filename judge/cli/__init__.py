"""The ``judge`` command line: thin Click commands over the library.

Each command family lives in its own module (``problems``, ``run``, ``grade``,
``practice``, ``stats``) and is imported only when that command runs, so
``judge list`` imports only what it uses (issue 15: start-up). The Click group
itself is in ``group.py``; ``judge --help`` is answered from a cache of Click's own
text when nothing it depends on changed (``help_cache.py``), without importing
Click. ``main`` is the group, imported on first use.

Exit status: 0 Accepted (or the command worked), 1 any other verdict, 2 a usage,
problem or judge error — reported as one line naming the fix, never a traceback
(set JUDGE_DEBUG=1 to see one).
"""

from __future__ import annotations

import sys

# command name -> (module under judge.cli, attribute); listed in --help in this order.
COMMANDS: dict[str, tuple[str, str]] = {
    "list": ("problems", "list_problems"),
    "show": ("problems", "show"),
    "hint": ("problems", "hint"),
    "start": ("problems", "start"),
    "run": ("run", "run"),
    "check": ("problems", "check"),
    "new": ("authoring", "new"),
    "doctor": ("problems", "doctor"),
    "grade": ("grade", "grade"),
    "merge": ("grade", "merge"),
    "practice": ("practice", "practice"),
    "stats": ("stats", "stats"),
    "history": ("stats", "history"),
}


def __getattr__(name: str) -> object:  # not typing.Any: importing typing costs start-up
    """``main`` and ``JudgeGroup`` from ``group.py``, imported (with Click) only when asked for."""
    if name in ("main", "JudgeGroup"):
        from judge.cli import group

        return getattr(group, name)
    raise AttributeError(f"module 'judge.cli' has no attribute {name!r}")


def run_main() -> None:
    """Console-script entry point."""
    from judge.cli import help_cache

    if help_cache.answer("judge", sys.argv[1:]):
        return
    from judge.cli.group import main

    main(prog_name="judge")


if __name__ == "__main__":  # pragma: no cover
    run_main()
