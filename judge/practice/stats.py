"""What the history says: a table per problem, a plot of time to solve, and the attempt list.

Definitions, as ``judge stats`` prints them:
- streak (per problem): consecutive Accepted attempts, counting back from the latest
  one (0 when the latest was not Accepted) — whether you solve it reliably now;
- day streak (overall): consecutive days, up to today, each with at least one
  Accepted attempt; a streak whose last day is yesterday still counts (today is not over);
- best time to solve: the shortest ``solve_seconds`` of an Accepted practice attempt.
Dates are local dates of the stored UTC times (``tz`` overrides, for tests).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from tabulate import tabulate

from judge.practice.display import format_duration
from judge.practice.history import Attempt
from judge.report.plot import bars

PLOT_MIN_POINTS = 3
PLOT_MAX_POINTS = 15
PLOT_WIDTH = 40


@dataclass(frozen=True)
class ProblemSummary:
    problem: str
    attempts: int
    first_accepted: date | None
    best_solve_s: float | None
    last_verdict: str
    streak: int


def local_date(at: str, tz: tzinfo | None = None) -> date:
    """The date of a stored UTC timestamp, in ``tz`` (default: this machine's zone)."""
    return datetime.fromisoformat(at).astimezone(tz).date()


def summarise(attempts: Sequence[Attempt], tz: tzinfo | None = None) -> list[ProblemSummary]:
    """One summary per problem, by slug; ``attempts`` oldest first."""
    by_problem: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        by_problem.setdefault(attempt.problem, []).append(attempt)
    rows = []
    for problem, mine in sorted(by_problem.items()):
        accepted = [a for a in mine if a.verdict == "AC"]
        solves = [a.solve_seconds for a in accepted if a.source == "practice" and a.solve_seconds is not None]
        rows.append(ProblemSummary(problem, len(mine), local_date(accepted[0].at, tz) if accepted else None,
                                   min(solves) if solves else None, mine[-1].verdict, run_streak(mine)))
    return rows


def run_streak(attempts: Sequence[Attempt]) -> int:
    """Consecutive Accepted attempts at the end of ``attempts`` (oldest first)."""
    count = 0
    for attempt in reversed(attempts):
        if attempt.verdict != "AC":
            break
        count += 1
    return count


def day_streak(attempts: Sequence[Attempt], today: date, tz: tzinfo | None = None) -> int:
    """Consecutive days with an Accepted attempt, ending today (or yesterday, if none yet today)."""
    days = {local_date(a.at, tz) for a in attempts if a.verdict == "AC"}
    day = today if today in days else today - timedelta(days=1)
    count = 0
    while day in days:
        count += 1
        day -= timedelta(days=1)
    return count


def solve_points(attempts: Sequence[Attempt], problem: str, tz: tzinfo | None = None) -> list[tuple[str, float]]:
    """(date, seconds) of each Accepted practice attempt of ``problem``, oldest first."""
    return [(local_date(a.at, tz).isoformat(), a.solve_seconds) for a in attempts
            if a.problem == problem and a.verdict == "AC" and a.source == "practice" and a.solve_seconds is not None]


def plot(title: str, points: Sequence[tuple[str, float]], width: int = PLOT_WIDTH) -> list[str]:
    """A horizontal bar per point (``report.plot.bars``), longest bar = slowest; the newest points only."""
    return bars(title, list(points)[-PLOT_MAX_POINTS:], width, format_duration)


def render_stats(attempts: Sequence[Attempt], today: date, tz: tzinfo | None = None) -> str:
    """The ``judge stats`` report: the table, the plots that have enough points, the day streak."""
    summaries = summarise(attempts, tz)
    rows = [[s.problem, s.attempts, s.first_accepted.isoformat() if s.first_accepted else "-",
             format_duration(s.best_solve_s) if s.best_solve_s is not None else "-", s.last_verdict, s.streak]
            for s in summaries]
    out = [tabulate(rows, headers=["problem", "attempts", "first AC", "best time to solve", "last verdict", "streak"]),
           "", "streak: consecutive Accepted attempts, counting back from the latest."]
    days = day_streak(attempts, today, tz)
    out.append(f"day streak: {days} day{'' if days == 1 else 's'} in a row with an Accepted attempt.")
    for summary in summaries:
        points = solve_points(attempts, summary.problem, tz)
        if len(points) >= PLOT_MIN_POINTS:
            out += ["", *plot(f"{summary.problem}: time to solve (Accepted practice attempts, oldest first)", points)]
    return "\n".join(out)


def render_history(attempts: Sequence[Attempt], tz: tzinfo | None = None) -> str:
    """The ``judge history`` list, newest first."""
    rows = []
    for a in reversed(attempts):
        when = datetime.fromisoformat(a.at).astimezone(tz).strftime("%Y-%m-%d %H:%M")
        solve = format_duration(a.solve_seconds) if a.solve_seconds is not None else ""
        rows.append([when, a.problem, a.source, a.verdict, f"{a.passed}/{a.total}", f"{a.time_ms:.1f}",
                     solve, a.tries or "", a.size_bytes if a.size_bytes is not None else "",
                     (a.sha256 or "")[:10]])
    return tabulate(rows, headers=["when", "problem", "source", "verdict", "passed", "time ms", "elapsed", "try",
                                   "bytes", "sha256"])
