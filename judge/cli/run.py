"""``judge run``: judge one solution and report it (text or JSON), then record it in the history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from judge.cli import options


@click.command()
@click.argument("problem")
@options.SOLUTION
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@options.SANDBOX
@options.NO_FUZZ
@click.option("--fuzz-examples", type=click.IntRange(1, 100_000), default=None, help="How many generated inputs.")
@click.option("--seed", type=int, default=None, help="Fuzzing seed (printed each run; the same seed repeats a run).")
@click.option("--readings", type=click.IntRange(1, 21), default=1, show_default=True,
              help="Read the heaviest cases this many times, each in a fresh process, and report the medians: "
                   "steadier time and ratio between runs, for (readings - 1) x their time. The verdict is the same.")
@click.option("--complexity", is_flag=True, help="Also estimate how the solution's time grows with input size.")
@click.option("--max-n", type=click.IntRange(64, 1 << 24), default=1 << 20, show_default=True,
              help="With --complexity: the largest input size to try.")
@click.option("--case", "case_texts", multiple=True, metavar="INPUT",
              help="Run your solution and the reference on this input instead (the statement's notation, "
                   "e.g. 's = \"abc\", t = \"b\"', or JSON). Repeatable.")
@click.option("--case-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Like --case, for every case in the file (one per line, or LeetCode's one argument per line).")
@options.NO_RECORD
@click.pass_context
def run(ctx: click.Context, problem: str, solution: str | None, fmt: str, sandbox: str, no_fuzz: bool,
        fuzz_examples: int | None, seed: int | None, readings: int, complexity: bool, max_n: int,
        case_texts: tuple[str, ...], case_file: Path | None, no_record: bool) -> None:
    """Judge your solution: samples, hidden cases, then fuzzing.

    With --case or --case-file it is LeetCode's "Run" instead: your solution and the
    reference run on your input (checked against the problem's constraints), and both
    outputs, whether they agree, your stdout and your time are shown; no hidden case is
    involved and nothing is recorded. A stream problem takes 'calls = N'.

    Exit status 0 when Accepted (with --case: when every case agrees), 1 for any other
    verdict, 2 for an error.

    \b
    Example:
      judge run 76
      judge run reverse-string --solution my.py --format json
      judge run 76 --case 's = "ADOBECODEBANC", t = "ABC"'
      judge run rand10 --case 'calls = 1000'
      judge run layer-normalization --case 'ln = LayerNorm(2); ln.forward(np.array([1., 3.]))'
    """
    from judge.judging.runner import RunOptions, judge_file
    from judge.problems.catalog import default_solution_path

    found = options.catalog(ctx).resolve(problem)
    path = Path(solution) if solution else default_solution_path(found)
    run_options = RunOptions(sandbox=sandbox, fuzz=not no_fuzz, fuzz_examples=fuzz_examples, seed=seed,
                             readings=readings)
    if case_texts or case_file is not None:
        if complexity:
            raise click.UsageError("--complexity measures the judged solution; it does not go with --case")
        run_own_input(ctx, found, path, case_texts, case_file, run_options, fmt)
    if complexity:
        from judge.judging.complexity import worst_case_family

        worst_case_family(found)  # refuse before judging, not after
    result = judge_file(found, path, run_options)
    if complexity:
        from judge.judging.complexity import attach_complexity

        result = attach_complexity(found, path, result, run_options, max_n)
    emit(result, fmt)
    if not no_record:
        record_quietly(result, path)
    ctx.exit(0 if result.accepted else 1)


def run_own_input(ctx: click.Context, problem: Any, path: Path, texts: tuple[str, ...], case_file: Path | None,
                  run_options: Any, fmt: str) -> None:
    """--case / --case-file: parse, validate, run beside the reference, report; exit 0 when all agree."""
    from judge.judging.custom import run_custom
    from judge.problems import custom_input
    from judge.report import custom

    cases = [custom_input.parse_case(problem, text, "--case" if len(texts) == 1 else f"--case #{n}", f"case-{n}")
             for n, text in enumerate(texts, 1)]
    if case_file is not None:
        cases += custom_input.parse_case_file(problem, case_file)
    custom_input.validate(problem, cases)
    report = run_custom(problem, path, cases, run_options)
    click.echo(custom.dumps(report) if fmt == "json" else custom.render(report))
    ctx.exit(0 if report.all_agree else 1)


def record_quietly(result: Any, path: Path) -> None:
    """Record a run in the history; a history that cannot be written is a warning, never a lost verdict."""
    from judge.errors import HistoryError
    from judge.practice.history import record_run

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
