"""Options and helpers shared by several commands, declared once.

Each option is a decorator, so a command reads as the list of what it accepts:
``@options.SANDBOX`` on ``run``, ``grade``, ``practice`` and ``check`` alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from judge.problems.catalog import Catalog

SANDBOX = click.option("--sandbox", type=click.Choice(["auto", "bwrap", "process"]), default="auto",
                       show_default=True, help="bwrap isolates the solution; process is a plain child process.")
SOLUTION = click.option("--solution", type=click.Path(dir_okay=False),
                        help="The solution file (default solutions/<slug>.py).")
LANG = click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
                    help="Statement language.")
HISTORY = click.option("--history", "history_file", type=click.Path(dir_okay=False),
                       help="The history database (default $JUDGE_HISTORY, else the user's data folder).")
NO_FUZZ = click.option("--no-fuzz", is_flag=True, help="Skip fuzzing against the reference (hidden cases only).")
NO_RECORD = click.option("--no-record", is_flag=True, help="Do not record in the history.")


def catalog(ctx: click.Context) -> "Catalog":
    """The problems the user can name, from ``--problems`` / ``JUDGE_PROBLEMS`` or the bundled folder."""
    from judge.problems.catalog import Catalog, problem_sources

    return Catalog(problem_sources(ctx.find_root().obj.get("problems_dirs", ())))
