"""``judge practice``: timed practice on one problem or an interview set (the loop is judge.practice.loop)."""

from __future__ import annotations

import random
import secrets
from pathlib import Path

import click

from judge.cli import options
from judge.errors import ProblemError, UsageError
from judge.problems.catalog import Catalog
from judge.problems.problem import DIFFICULTIES, Problem

HISTORY_FIX = "pass --history FILE or set JUDGE_HISTORY to a writable file, or pass --no-record"


@click.command()
@click.argument("problem", required=False)
@click.option("--minutes", type=click.FloatRange(min=0, min_open=True), default=None,
              help="The clock (default by difficulty: easy 15, medium 25, hard 40; a set's own, or the sum).")
@click.option("--difficulty", type=click.Choice(DIFFICULTIES), help="Pick at random among problems of this difficulty.")
@click.option("--tag", help="Pick at random among problems with this tag.")
@click.option("--set", "set_name", metavar="NAME", help="Practise an interview set: its problems in order, one clock.")
@click.option("--sets-file", type=click.Path(dir_okay=False, exists=True),
              help="A TOML file of your own sets: [NAME] problems = [...], minutes = N (see docs/practice.md).")
@options.LANG
@options.SOLUTION
@click.option("--seed", type=int, default=None, help="Seed of the random pick (printed; the same seed and history repeat it).")
@options.SANDBOX
@options.NO_FUZZ
@click.option("--no-record", is_flag=True, help="Do not record the attempts in the history.")
@options.HISTORY
@click.pass_context
def practice(ctx: click.Context, problem: str | None, minutes: float | None, difficulty: str | None, tag: str | None,
             set_name: str | None, sets_file: str | None, lang: str, solution: str | None, seed: int | None,
             sandbox: str, no_fuzz: bool, no_record: bool, history_file: str | None) -> None:
    """Practise against the clock: every save of your solution is judged until Accepted.

    The samples are judged first and their verdict shown at once, then every case.
    A session ends on Accepted, when time is up, or on Ctrl-C (if SIGINT was ignored at start, it
    says what stops it). Exit status: 0 all Accepted, 1 time up, 130 stopped, 2 an error.

    \b
    Example:
      judge practice 76 --minutes 30
      judge practice --difficulty easy --seed 7
      judge practice --set round-2
    """
    from judge.judging.runner import RunOptions
    from judge.practice.display import display_for_stdout
    from judge.practice.history import History, history_path
    from judge.practice.loop import Practice, Task, summary_lines
    from judge.practice.plan import (
        available_sets,
        default_minutes,
        find_set,
        pick_problem,
    )
    from judge.problems.catalog import default_solution_path

    if problem and set_name:
        raise UsageError("give a PROBLEM or --set NAME, not both")
    if (problem or set_name) and (difficulty or tag):
        raise UsageError("--difficulty and --tag choose a problem at random; leave them out with PROBLEM or --set")
    if set_name and solution:
        raise UsageError("--solution names one file; with --set each problem is solved in solutions/<slug>.py")
    catalog = options.catalog(ctx)
    history = History(history_path(history_file), fix=HISTORY_FIX)
    if not no_record:
        history.ensure()  # a bad history path is reported now, not after the user has solved the problem
    limit_minutes = minutes
    if set_name:
        chosen = find_set(set_name, available_sets([source.path for source in catalog.sources], Path(sets_file) if sets_file else None))
        problems = [catalog.resolve(name) for name in chosen.problems]
        limit_minutes = limit_minutes or chosen.minutes
        click.echo(f"Set {chosen.name}: {chosen.title} — {', '.join(p.slug for p in problems)}")
    elif problem:
        problems = [catalog.resolve(problem)]
    else:
        seed = seed if seed is not None else secrets.randbelow(1_000_000)
        picked = pick_problem(_loadable(catalog), history.solved(), random.Random(seed), difficulty, tag)
        click.echo(f"Picked {picked.slug} at random (--seed {seed}).")
        problems = [picked]
    limit_minutes = limit_minutes or default_minutes(problems)
    tasks = [Task(p, Path(solution) if solution else default_solution_path(p)) for p in problems]
    run_options = RunOptions(sandbox=sandbox, fuzz=not no_fuzz)
    session = Practice(tasks, limit_minutes * 60, display_for_stdout(), options=run_options,
                       history=None if no_record else history, set_name=set_name, lang=lang)
    result = session.run()
    click.echo("")
    for line in summary_lines(result):
        click.echo(line)
    ctx.exit(0 if result.all_accepted else 130 if result.ended == "stopped" else 1)


def _loadable(catalog: Catalog) -> list[Problem]:
    """Every problem that loads; a broken folder is skipped here (``judge check`` says why)."""
    problems, broken = [], []
    for slug in catalog.slugs():
        try:
            problems.append(catalog.load(slug))
        except ProblemError:
            broken.append(slug)
    if broken:
        click.echo(f"(skipping problem folders that do not load: {', '.join(broken)}; judge check shows why)", err=True)
    return problems
