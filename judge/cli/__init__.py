"""The ``judge`` command line: thin Click commands over the library.

Each command family lives in its own module (``problems``, ``run``, ``grade``,
``practice``, ``stats``) and is imported only when that command runs, so
``judge --help`` and ``judge list`` stay fast (issue 15: start-up).

Exit status: 0 Accepted (or the command worked), 1 any other verdict, 2 a usage,
problem or judge error — reported as one line naming the fix, never a traceback
(set JUDGE_DEBUG=1 to see one).
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from judge.errors import JudgeError

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


class JudgeGroup(click.Group):
    """Loads commands lazily and turns JudgeError (and any unexpected exception) into a message and exit 2."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        if cmd_name not in COMMANDS:
            return None
        module_name, attribute = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(f"judge.cli.{module_name}"), attribute)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except JudgeError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:  # a bug in the judge: say so plainly, exit 2
            if os.environ.get("JUDGE_DEBUG"):
                raise
            click.echo(f"internal error: {type(exc).__name__}: {exc} (set JUDGE_DEBUG=1 for the traceback)", err=True)
            ctx.exit(2)


@click.group(cls=JudgeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--problems", "problems_dirs", type=click.Path(file_okay=False), multiple=True, metavar="DIR",
              help="A folder of problems, searched before $JUDGE_PROBLEMS (a path list), ./problems and "
                   "the built-in problems. Repeatable.")
@click.version_option(package_name="judge", prog_name="judge")
@click.pass_context
def main(ctx: click.Context, problems_dirs: tuple[str, ...]) -> None:
    """A LeetCode-style judge for Python solutions, offline.

    \b
    Example:
      judge list
      judge start 76          # creates solutions/minimum-window-substring.py
      judge run 76            # judges it
    """
    ctx.obj = {"problems_dirs": problems_dirs}


def run_main() -> None:
    """Console-script entry point."""
    main(prog_name="judge")


if __name__ == "__main__":  # pragma: no cover
    run_main()
