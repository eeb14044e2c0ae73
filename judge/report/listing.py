"""The ``judge list`` table: one line per problem, within the terminal's width.

Titles are cut (with an ellipsis) to what is left of the width after the other
columns; widths are display columns, so Chinese titles (two columns a character)
align — tabulate measures them with ``wcwidth``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wcwidth import wcswidth


@dataclass(frozen=True)
class Entry:
    """What the table shows of one problem."""

    number: int | None
    slug: str
    title: str
    difficulty: str


def cut(text: str, width: int) -> str:
    """``text`` shortened to at most ``width`` display columns, ending in "…" when cut."""
    if wcswidth(text) <= width:
        return text
    kept = ""
    for char in text:
        if wcswidth(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def problem_table(entries: Sequence[Entry], width: int = 100) -> str:
    """The table for ``entries``, at most ``width`` columns wide (the title column gives way)."""
    from tabulate import tabulate

    headers = ["#", "slug", "title", "difficulty"]
    columns = list(zip(*[_cells(e, "") for e in entries])) or [() for _ in headers]
    widths = [max([wcswidth(h)] + [wcswidth(v) for v in column]) for h, column in zip(headers, columns)]
    title_room = max(12, width - (sum(widths) - widths[2]) - 2 * (len(headers) - 1))
    while True:  # tabulate pads some columns; give way until the table fits
        rows = [_cells(e, cut(e.title, title_room)) for e in entries]
        table = tabulate(rows, headers=headers, disable_numparse=True)
        widest = max(wcswidth(line) for line in table.splitlines())
        if widest <= width or title_room <= 12:
            return table
        title_room -= widest - width


def sourced_tables(groups: Sequence[tuple[str, Sequence[Entry]]], width: int = 100) -> str:
    """One table per problem source, each under a line saying where its problems come from;
    a single source needs no heading."""
    if len(groups) == 1:
        return problem_table(groups[0][1], width)
    return "\n\n".join(f"{heading}\n{problem_table(entries, width)}" for heading, entries in groups if entries)


def _cells(entry: Entry, title: str) -> list[str]:
    return [str(entry.number or ""), entry.slug, title, entry.difficulty]
