"""The Click group behind ``judge``: commands load lazily from ``COMMANDS``; errors become exit codes.

Kept apart from ``judge/cli/__init__.py`` so that ``judge --help`` can be answered from
the help cache (``judge.cli.help_cache``) without importing Click at all.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from judge.cli import COMMANDS, help_cache
from judge.errors import JudgeError


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

    def get_help(self, ctx: click.Context) -> str:
        """Click's own help text; the top level's is also kept for ``help_cache.answer``."""
        text = super().get_help(ctx)
        if ctx.parent is None and ctx.info_name is not None and ctx.terminal_width is None \
                and ctx.max_content_width is None:  # Click reads the width from the terminal: the key's input
            help_cache.store(ctx.info_name, text)
        return text

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
