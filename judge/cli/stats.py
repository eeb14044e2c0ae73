"""``judge stats`` and ``judge history``: read the attempt history (the report is judge.practice.stats)."""

from __future__ import annotations

import click

from judge.cli import options


@click.command()
@options.HISTORY
def stats(history_file: str | None) -> None:
    """Summarise your attempts: per problem, and time to solve over practice sessions.

    Per problem: attempts, the date of the first Accepted, the best time to solve (in
    practice), the last verdict and the streak of Accepted attempts up to the latest.

    \b
    Example:
      judge stats
      judge stats --history ~/judge-history.sqlite3
    """
    from datetime import date

    from judge.practice.history import History, history_path
    from judge.practice.stats import render_stats

    history = History(history_path(history_file), fix="pass --history FILE or set JUDGE_HISTORY")
    attempts = history.attempts()
    if not attempts:
        click.echo(f"no attempts recorded yet in {history.path} (judge run and judge practice record them)")
        return
    click.echo(render_stats(attempts, date.today()))


@click.command()
@click.argument("problem", required=False)
@click.option("--limit", type=click.IntRange(min=1), default=30, show_default=True, help="Show the newest N attempts.")
@options.HISTORY
@click.pass_context
def history(ctx: click.Context, problem: str | None, limit: int, history_file: str | None) -> None:
    """List your attempts, newest first (all problems, or one).

    \b
    Example:
      judge history
      judge history 76 --limit 10
    """
    from judge.practice.history import History, history_path
    from judge.practice.stats import render_history

    store = History(history_path(history_file), fix="pass --history FILE or set JUDGE_HISTORY")
    slug = _slug(ctx, problem) if problem else None
    attempts = store.attempts(slug, limit)
    if not attempts:
        which = f" for {slug}" if slug else ""
        click.echo(f"no attempts recorded{which} in {store.path}")
        return
    click.echo(render_history(attempts))


def _slug(ctx: click.Context, name: str) -> str:
    """The slug ``name`` means in the catalog (76 -> minimum-window-substring), else ``name`` itself:
    the history may hold problems this problems folder does not have."""
    from judge.errors import JudgeError

    try:
        return options.catalog(ctx).match(name) or name
    except JudgeError:
        return name
