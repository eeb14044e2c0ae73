"""``judge new``: scaffold a problem folder (thin over judge.problems.scaffold)."""

from __future__ import annotations

from pathlib import Path

import click


def _names(ctx: click.Context, param: click.Parameter, value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(name.strip() for name in value.split(",") if name.strip())


@click.command()
@click.argument("slug")
@click.option("--dir", "folder", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The problems folder to create it in (default: the first --problems DIR, else ./problems).")
@click.option("--title", help="The title (default: from SLUG, e.g. two-sum -> Two Sum).")
@click.option("--entry", default="solve", show_default=True, help="The function or method solutions define.")
@click.option("--params", callback=_names, metavar="A,B,...", default="nums", show_default=True,
              help="The entry point's parameters, comma-separated.")
@click.pass_context
def new(ctx: click.Context, slug: str, folder: Path | None, title: str | None, entry: str,
        params: tuple[str, ...]) -> None:
    """Create a new problem folder from the templates, ready to fill in.

    Writes problem.toml (commented), the statement, a stub, a reference, a
    validator, fuzzing strategies, generate.py, one sample and an empty
    submissions/<verdict>/ folder per verdict; never overwrites anything.
    docs/problem-format.md walks through the rest.

    \b
    Example:
      judge new two-sum --entry twoSum --params nums,target --title "Two Sum"
      judge new my-problem --dir ~/course/problems
    """
    from judge.problems.scaffold import scaffold

    given = ctx.find_root().obj.get("problems_dirs", ())
    parent = folder or (Path(given[0]) if given else Path("problems"))
    created = scaffold(parent, slug, title=title, entry=entry, params=params)
    searched = folder is None or parent.resolve() == Path("problems").resolve()
    prefix = "judge" if searched and not given else f"judge --problems {parent}"
    click.echo(f"created {created}/ — next:")
    for step in (f"write {created / 'statement.en.md'} and {created / 'reference.py'}",
                 f"put the statement's examples in {created / 'data' / 'sample.jsonl'}",
                 f"state the constraints in {created / 'validator.py'} and {created / 'strategies.py'}",
                 f"python {created / 'generate.py'}        # writes data/secret/",
                 f"{prefix} check {slug}"):
        click.echo(f"  {step}")
