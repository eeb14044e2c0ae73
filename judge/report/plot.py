"""Every plot the judge draws, in plain characters for a terminal (the one text plotter).

- ``render_complexity``: a log-log scatter of time against input size, the solution
  beside the reference (``judge run --complexity``);
- ``bars``: one horizontal bar per labelled value, the longest for the largest
  (``judge stats``: time to solve, attempt by attempt).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from judge.verdict import Complexity

WIDTH = 56
HEIGHT = 12


def render_complexity(block: Complexity) -> str:
    mine = [(p.n, p.seconds) for p in block.points if p.seconds > 0]
    theirs = [(p.n, p.seconds) for p in block.reference_points if p.seconds > 0]
    lines = [f"growth: your solution ≈ {_power(block.exponent, block.uncertainty)}, "
             f"the reference ≈ {_power(block.reference_exponent, block.reference_uncertainty)}"
             + (f" (on the {block.family} inputs, your worst of {len(block.exponents)})" if block.family else "")]
    everything = mine + theirs
    if len(everything) < 2:
        return lines[0]
    xs = [math.log(n) for n, _ in everything]
    ys = [math.log(t) for _, t in everything]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    grid = [[" "] * WIDTH for _ in range(HEIGHT)]
    for points, mark in ((theirs, "o"), (mine, "*")):
        for n, t in points:
            col = int((math.log(n) - x0) / ((x1 - x0) or 1) * (WIDTH - 1))
            row = HEIGHT - 1 - int((math.log(t) - y0) / ((y1 - y0) or 1) * (HEIGHT - 1))
            grid[row][col] = mark
    top, bottom = math.exp(y1), math.exp(y0)
    for index, cells in enumerate(grid):
        label = f"{top:9.4f}s" if index == 0 else (f"{bottom:9.4f}s" if index == HEIGHT - 1 else " " * 10)
        lines.append(f"{label} |{''.join(cells)}")
    lines.append(" " * 11 + "+" + "-" * WIDTH)
    left, right = f"n={math.exp(x0):.0f}", f"n={math.exp(x1):.0f}"
    lines.append(" " * 12 + left + " " * max(1, WIDTH - len(left) - len(right)) + right)
    lines.append(" " * 12 + "* your solution   o reference   (log-log)")
    return "\n".join(lines)


def _power(value: float | None, uncertainty: float | None = None) -> str:
    """``n^1.02 ± 0.03``; "did not finish" when no fit was possible (it stopped before three sizes)."""
    if value is None:
        return "not measured (did not finish at three sizes)"
    return f"n^{value:.2f}" + (f" ± {uncertainty:.2f}" if uncertainty is not None else "")


def bars(title: str, points: Sequence[tuple[str, float]], width: int, show: Callable[[float], str]) -> list[str]:
    """``title``, then a line per (label, value): a bar of ``#`` scaled to the largest value, then ``show(value)``."""
    top = max((value for _, value in points), default=0.0) or 1.0
    lines = [title]
    for label, value in points:
        bar = "#" * max(1, round(width * value / top))
        lines.append(f"  {label}  {bar:<{width}}  {show(value)}")
    return lines
