"""``judge grade`` and ``judge merge``: thin commands over judge.grading.pool, judge.grading.gradebook and the reports.

Exit status: 0 when grading worked, whatever the verdicts; 1 with --fail-on-reject
when any graded submission is not AC (IE included); 2 on a usage error.
Progress goes to stderr (a bar on a terminal, one line per submission in CI logs);
the table goes to stdout.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from judge.cli import options
from judge.grading.pool import DEFAULT_SEED
from judge.untrusted import json_text, one_line

OUTPUT = click.Path(dir_okay=False, path_type=Path)


def _shard_option(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[int, int] | None:
    from judge.errors import UsageError
    from judge.grading.pool import parse_shard

    if value is None:
        return None
    try:
        return parse_shard(value)
    except UsageError as exc:
        raise click.BadParameter(str(exc)) from exc


HIDDEN_DETAILS = click.option(
    "--hidden-details", type=click.Choice(["withhold", "show"]), default="withhold", show_default=True,
    help="A failure on a hidden case in the JUnit, Markdown, Gradescope and terminal outputs: withhold its "
         "input, expected and actual output, stdout and message (Gradescope's convention), or show them. "
         "The --json file always keeps everything.")

@click.command()
@click.argument("submissions", type=click.Path(file_okay=False, path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(1, 256), default=None,
              help="Submissions judged at once (default: the number of cores).")
@click.option("--shard", metavar="K/N", callback=_shard_option,
              help="Grade only shard K of N (a stable split by submitter/file); combine with judge merge.")
@click.option("--json", "json_path", type=OUTPUT, help="Write the results as JSON (the shape tools rely on).")
@click.option("--junit", "junit_path", type=OUTPUT, help="Write JUnit XML: a suite per submitter, a case per problem.")
@click.option("--markdown", "markdown_path", type=OUTPUT,
              help="Write a Markdown summary (e.g. \"$GITHUB_STEP_SUMMARY\").")
@click.option("--gradescope", "gradescope_path", type=OUTPUT,
              help="Write Gradescope's autograder results.json (SUBMISSIONS holds one student's files).")
@click.option("--assignment", metavar="P1,P2,...",
              help="With --gradescope: the assignment's problems; one not submitted is a failed test scoring 0.")
@click.option("--results", "results_path", type=OUTPUT, default=None,
              help="Where each result is kept as it lands, for --resume (default: in the user's cache "
                   "folder, named after SUBMISSIONS and the shard; the command says where).")
@click.option("--resume", is_flag=True, help="Keep the results file's records and judge only what is missing.")
@click.option("--fail-on-reject", is_flag=True, help="Exit 1 if any submission is not Accepted.")
@HIDDEN_DETAILS
@options.SANDBOX
@click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True,
              help="Fuzzing seed; fixed so that a regrade gives the same verdicts.")
@options.NO_FUZZ
@click.pass_context
def grade(ctx: click.Context, submissions: Path, jobs: int | None, shard: tuple[int, int] | None,
          json_path: Path | None, junit_path: Path | None, markdown_path: Path | None, gradescope_path: Path | None,
          assignment: str | None, results_path: Path | None, resume: bool, fail_on_reject: bool, hidden_details: str,
          sandbox: str, seed: int, no_fuzz: bool) -> None:
    """Grade a class: every SUBMISSIONS/<submitter>/<problem>.py, judged as `judge run` does.

    A file's name names its problem (slug, snake_case slug or LeetCode number, e.g.
    76.py or minimum_window_substring.py); a folder of .py files alone is one
    submitter. Files naming no problem are listed, never judged. Each result is
    written to the --results file as it finishes, so a killed run loses nothing:
    run again with --resume.

    \b
    Example:
      judge grade submissions/ --junit grades.xml --markdown "$GITHUB_STEP_SUMMARY"
      judge grade submissions/ --shard 2/4 --json shard-2.json   # then: judge merge shard-*.json
      judge grade /autograder/submission --gradescope /autograder/results/results.json --assignment 76,344
    """
    from judge.grading.gradebook import Gradebook
    from judge.grading.log import ResultsLog
    from judge.grading.pool import GradeOptions, discover, in_shard
    from judge.grading.pool import grade as grade_all
    from judge.judging.runner import choose_sandbox

    catalog = options.catalog(ctx)
    if assignment is not None and gradescope_path is None:
        raise click.UsageError("--assignment goes with --gradescope FILE")
    assigned = [catalog.resolve(name.strip()).slug for name in (assignment or "").split(",") if name.strip()]
    run_options = GradeOptions(jobs=jobs or os.cpu_count() or 1, sandbox=choose_sandbox(sandbox), seed=seed,
                           fuzz=not no_fuzz)
    found, unmatched = discover(submissions, catalog)
    found = [s for s in found if in_shard(s.key, shard)]
    unmatched = [u for u in unmatched if in_shard(u.key, shard)]
    if results_path is None:
        from judge.paths import grade_log_path

        results_path = grade_log_path(submissions, shard)
        results_path.parent.mkdir(parents=True, exist_ok=True)
    with ResultsLog(results_path, run_options.recorded(), shard, resume) as log:
        if log.discarded:
            click.echo(f"{results_path} held {log.discarded} results of an earlier run; starting afresh "
                       f"(--resume keeps them)", err=True)
        kept = [log.done[s.key] for s in found if s.key in log.done and log.done[s.key].problem == s.problem]
        todo = [s for s in found if s.key not in {r.key for r in kept}]
        click.echo(_plan(len(todo), len(kept), run_options, shard, results_path), err=True)
        progress = _Progress(len(todo))
        try:
            def record(graded: Any) -> None:
                log.append(graded)
                progress(graded)

            graded = grade_all(todo, catalog, run_options, record)
        finally:
            progress.close()
    book = Gradebook(kept + graded, unmatched, run_options.recorded(), shard, [shard])
    if gradescope_path is not None:
        from judge.report import gradescope, visibility

        gradescope.write(visibility.for_students(book, hidden_details), gradescope_path, problems=assigned)
    _emit(ctx, book, json_path, junit_path, markdown_path, fail_on_reject, hidden_details)


@click.command()
@click.argument("shard_files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "json_path", type=OUTPUT, help="Write the merged results as JSON.")
@click.option("--junit", "junit_path", type=OUTPUT, help="Write the merged results as JUnit XML.")
@click.option("--markdown", "markdown_path", type=OUTPUT, help="Write a Markdown summary of the merged results.")
@click.option("--fail-on-reject", is_flag=True, help="Exit 1 if any submission is not Accepted.")
@HIDDEN_DETAILS
@click.pass_context
def merge(ctx: click.Context, shard_files: tuple[Path, ...], json_path: Path | None, junit_path: Path | None,
          markdown_path: Path | None, fail_on_reject: bool, hidden_details: str) -> None:
    """Combine the JSON files of `judge grade --shard K/N` runs into the outputs of one run.

    Refuses shards graded with different options, a submission in two files, or a
    missing shard, so the totals are never silently wrong.

    \b
    Example:
      judge merge shards/shard-*.json --junit grades.xml --markdown "$GITHUB_STEP_SUMMARY"
    """
    from judge.errors import UsageError
    from judge.grading.gradebook import Gradebook
    from judge.grading.gradebook import merge as merge_books

    books = []
    for path in shard_files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise UsageError(f"{path}: cannot read it as JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise UsageError(f"{path} is not the JSON output of `judge grade --json`")
        books.append((str(path), Gradebook.from_dict(data, str(path))))
    _emit(ctx, merge_books(books), json_path, junit_path, markdown_path, fail_on_reject, hidden_details)


def _emit(ctx: click.Context, book: Any, json_path: Path | None, junit_path: Path | None,
          markdown_path: Path | None, fail_on_reject: bool, hidden_details: str) -> None:
    """Write the asked-for files, print the table, exit 0 (or 1 on a rejection with --fail-on-reject).

    The JSON is the teacher's and keeps everything; what students may read (JUnit,
    Markdown, the table in a CI log) follows ``--hidden-details``."""
    from judge.report import grade_text, junit, markdown, visibility

    if json_path is not None:
        _write(json_path, json_text(book.to_dict()) + "\n")
    shown = visibility.for_students(book, hidden_details)
    if junit_path is not None:
        _write(junit_path, junit.render(shown))
    if markdown_path is not None:
        _write(markdown_path, markdown.render(shown))
    click.echo(grade_text.render(shown))
    ctx.exit(1 if fail_on_reject and book.rejected else 0)


def _write(path: Path, text: str) -> None:
    from judge.errors import UsageError

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _plan(todo: int, kept: int, run_options: Any, shard: tuple[int, int] | None, results: Path) -> str:
    text = f"grading {todo} submission(s)" + (f" of shard {shard[0]}/{shard[1]}" if shard else "")
    if kept:
        text += f" ({kept} already graded in {results})"
    text += f", {run_options.jobs} at a time, sandbox {run_options.sandbox}, seed {run_options.seed}"
    text += "" if run_options.fuzz else ", no fuzzing"
    if run_options.sandbox != "bwrap":
        text += " (a plain process: solutions could read files and use the network; see `judge doctor`)"
    return text


class _Progress:
    """Click's progress bar on a terminal; one plain line per submission otherwise (CI logs)."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.bar: Any = None
        if total and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="grading", file=sys.stderr, show_pos=True,
                                         item_show_func=lambda g: g and f"{one_line(g.key)} {g.verdict.value}")
            self.bar.__enter__()

    def __call__(self, graded: Any) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.update(1, graded)
        else:
            click.echo(f"[{self.count}/{self.total}] {one_line(graded.key)}: {graded.verdict.value} "
                       f"({graded.problem}, {graded.wall_s:.1f} s)", err=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)
            self.bar = None
