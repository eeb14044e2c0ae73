"""The ``judge list`` table: one line per problem, within the terminal's width.

Titles are cut (with an ellipsis) to what is left of the width after the other
columns; widths are display columns, so Chinese titles (two columns a character)
align. The table is laid out here, in tabulate's "simple" format, rather than by
tabulate and wcwidth: importing those two cost more than the rest of ``judge list``
together (issue 15: start-up), and four left-aligned columns are a few lines.
tests/unit/test_listing.py checks the layout against tabulate's and the widths
against wcwidth's.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

HEADERS = ("#", "slug", "title", "difficulty")
PADDING = 2  # tabulate's: a column is at least its header plus two


@dataclass(frozen=True)
class Entry:
    """What the table shows of one problem."""

    number: int | None
    slug: str
    title: str
    difficulty: str


def display_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide and full-width characters two, combining marks none."""
    return sum(0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
               for char in text)


def cut(text: str, width: int) -> str:
    """``text`` shortened to at most ``width`` display columns, ending in "…" when cut."""
    if display_width(text) <= width:
        return text
    kept = ""
    for char in text:
        if display_width(kept + char) > width - 1:
            break
        kept += char
    return kept + "…"


def layout(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns under a rule of dashes, as tabulate's "simple" format lays them out."""
    widths = [max([display_width(h) + PADDING] + [display_width(r[i]) for r in rows]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(cells[:-1], widths)]
        return "  ".join([*padded, cells[-1]])

    return "\n".join([line(headers), "  ".join("-" * w for w in widths), *(line(r) for r in rows)])


def problem_table(entries: Sequence[Entry], width: int = 100) -> str:
    """The table for ``entries``, at most ``width`` columns wide (the title column gives way)."""
    columns = list(zip(*[_cells(e, "") for e in entries])) or [() for _ in HEADERS]
    widths = [max([display_width(h)] + [display_width(v) for v in column]) for h, column in zip(HEADERS, columns)]
    title_room = max(12, width - (sum(widths) - widths[2]) - 2 * (len(HEADERS) - 1))
    while True:  # the header padding can widen some columns; give way until the table fits
        table = layout(HEADERS, [_cells(e, cut(e.title, title_room)) for e in entries])
        widest = max(display_width(line) for line in table.splitlines())
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
