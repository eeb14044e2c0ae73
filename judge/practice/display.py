"""What a practice session shows: lines that stay, and one status line that changes.

On a terminal the status line (time left, problem, tries, last verdict) is redrawn in
place with a carriage return and "erase to end of line"; lines printed meanwhile go
above it. Nothing else is changed about the terminal (no raw mode, no hidden cursor),
so there is nothing to restore beyond ending the status line, which ``close`` does.
When the output is not a terminal, the status is printed as plain lines, only when
something in it changes or a new minute starts, so a log stays readable.
"""

from __future__ import annotations

import math
import os
import shutil
import sys
from dataclasses import dataclass
from typing import Protocol

import click


@dataclass(frozen=True)
class Status:
    """What the status line says."""

    remaining_s: float
    problem: str
    tries: int
    last: str | None = None
    note: str = ""

    def text(self) -> str:
        parts = [f"{format_duration(self.remaining_s)} left", self.problem, f"tries {self.tries}"]
        if self.last:
            parts.append(f"last: {self.last}")
        if self.note:
            parts.append(self.note)
        return " | ".join(parts)


class Display(Protocol):
    def line(self, text: str = "") -> None: ...
    def status(self, status: Status) -> None: ...
    def close(self) -> None: ...


def format_duration(seconds: float) -> str:
    """mm:ss, or h:mm:ss from an hour up; never negative (a countdown stops at 00:00)."""
    whole = max(0, math.ceil(seconds))  # rounded up: a countdown shows 00:00 only when time is up
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class TerminalDisplay:
    """A status line redrawn in place at the bottom; lines scroll above it."""

    CLEAR = "\r\x1b[K"

    def __init__(self) -> None:
        self._status: Status | None = None

    def line(self, text: str = "") -> None:
        click.echo(self.CLEAR + text if self._status else text, color=True)
        if self._status is not None:
            self._draw(self._status)

    def status(self, status: Status) -> None:
        self._status = status
        self._draw(status)

    def close(self) -> None:
        if self._status is not None:
            click.echo(self.CLEAR, nl=False, color=True)
            self._status = None

    def _draw(self, status: Status) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        text = status.text()
        if len(text) >= width:  # a wrapped line could not be redrawn in place
            text = text[: max(width - 2, 0)] + "…"
        click.echo(self.CLEAR + text, nl=False, color=True)  # chosen for a terminal: keep the escapes


class PlainDisplay:
    """Appended lines only: the status when it changes, or once a minute."""

    def __init__(self) -> None:
        self._last: tuple[object, ...] | None = None

    def line(self, text: str = "") -> None:
        click.echo(text)

    def status(self, status: Status) -> None:
        key = (status.problem, status.tries, status.last, status.note, math.ceil(status.remaining_s / 60))
        if key != self._last:
            self._last = key
            click.echo(f"[{status.text()}]")

    def close(self) -> None:
        pass


def display_for_stdout() -> Display:
    """The terminal display when stdout is a terminal that can erase a line, else plain lines."""
    if sys.stdout.isatty() and os.environ.get("TERM") != "dumb":
        return TerminalDisplay()
    return PlainDisplay()
