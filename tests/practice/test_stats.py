"""judge stats / judge history: the per-problem table, the streaks, the plot, the listing."""

from __future__ import annotations

from datetime import date, timezone

import pytest
from click.testing import CliRunner
from test_history import attempt

from judge.cli import main
from judge.practice.history import History
from judge.practice.stats import day_streak, plot, render_history, render_stats, run_streak, summarise

UTC = timezone.utc


def at(day: int, hour: int = 12) -> str:
    return f"2025-03-{day:02d}T{hour:02d}:00:00.000+00:00"


@pytest.fixture
def attempts():
    return [
        attempt("add-two", "WA", at=at(1), source="practice", solve_seconds=100.0, tries=1),
        attempt("add-two", "AC", at=at(1, 13), source="practice", solve_seconds=600.0, tries=2),
        attempt("add-two", "AC", at=at(2), source="run"),
        attempt("add-two", "AC", at=at(3), source="practice", solve_seconds=300.0, tries=1),
        attempt("add-two", "AC", at=at(5), source="practice", solve_seconds=150.0, tries=1),
        attempt("min-window", "WA", at=at(4)),
        attempt("min-window", "AC", at=at(5)),
        attempt("min-window", "TLE", at=at(5, 14)),
    ]


def test_summary_per_problem(attempts):
    add, window = summarise(attempts, UTC)
    assert (add.problem, add.attempts, add.first_accepted, add.best_solve_s, add.last_verdict, add.streak) == \
        ("add-two", 5, date(2025, 3, 1), 150.0, "AC", 4)
    assert (window.attempts, window.first_accepted, window.best_solve_s, window.last_verdict, window.streak) == \
        (3, date(2025, 3, 5), None, "TLE", 0)


def test_run_streak_counts_back_from_the_latest():
    assert run_streak([attempt(verdict=v) for v in ["AC", "WA", "AC", "AC"]]) == 2
    assert run_streak([attempt(verdict=v) for v in ["AC", "WA"]]) == 0
    assert run_streak([]) == 0


def test_day_streak_ends_today_or_yesterday(attempts):
    # Accepted on the 1st, 2nd, 3rd and 5th: the 4th breaks it
    assert day_streak(attempts, date(2025, 3, 5), UTC) == 1
    assert day_streak(attempts, date(2025, 3, 3), UTC) == 3
    assert day_streak(attempts, date(2025, 3, 4), UTC) == 3   # nothing yet today: yesterday's streak stands
    assert day_streak(attempts, date(2025, 3, 7), UTC) == 0


def test_plot_bars_scale_with_the_time_to_solve():
    lines = plot("t", [("d1", 600.0), ("d2", 300.0), ("d3", 150.0)], width=20)
    assert lines[0] == "t"
    assert [line.count("#") for line in lines[1:]] == [20, 10, 5]
    assert lines[1].endswith("10:00") and lines[3].endswith("02:30")


def test_the_report_plots_only_problems_with_enough_points(attempts):
    text = render_stats(attempts, date(2025, 3, 5), UTC)
    assert "add-two: time to solve" in text           # three Accepted practice attempts
    assert "min-window: time to solve" not in text    # none
    assert "2025-03-01" in text and "02:30" in text   # first AC, best time
    assert "day streak: 1 day in a row" in text
    header = text.splitlines()[0]
    for column in ("problem", "attempts", "first AC", "best time to solve", "last verdict", "streak"):
        assert column in header


def test_history_lists_newest_first(attempts):
    lines = render_history(attempts, UTC).splitlines()
    assert "TLE" in lines[2] and "2025-03-05 14:00" in lines[2]
    assert "2025-03-01 12:00" in lines[-1]


def test_the_commands(tmp_path, attempts):
    path = tmp_path / "h.sqlite3"
    runner = CliRunner()
    empty = runner.invoke(main, ["stats", "--history", str(path)])
    assert empty.exit_code == 0 and "no attempts recorded yet" in empty.output
    store = History(path)
    for row in attempts:
        store.add_attempt(row)
    stats = runner.invoke(main, ["stats", "--history", str(path)])
    assert stats.exit_code == 0
    assert "add-two" in stats.output and "min-window" in stats.output
    listing = runner.invoke(main, ["--problems", "tests/fixtures/problems", "history", "9999", "--limit", "2",
                                   "--history", str(path)])
    assert listing.exit_code == 0, listing.output
    rows = [line for line in listing.output.splitlines() if "add-two" in line]
    assert len(rows) == 2 and "min-window" not in listing.output  # 9999 is add-two's LeetCode number
    unknown = runner.invoke(main, ["history", "nothing-like-it", "--history", str(path)])
    assert "no attempts recorded for nothing-like-it" in unknown.output


def test_a_bad_history_path_exits_2_with_a_message(tmp_path):
    (tmp_path / "f").write_text("")
    result = CliRunner().invoke(main, ["stats", "--history", str(tmp_path / "f" / "h.sqlite3")])
    assert result.exit_code == 0  # nothing there: nothing to read, nothing created
    (tmp_path / "bad.sqlite3").write_bytes(b"not a database" * 100)
    result = CliRunner().invoke(main, ["stats", "--history", str(tmp_path / "bad.sqlite3")])
    assert result.exit_code == 2 and "--history FILE" in result.output


@pytest.mark.parametrize("command", ["practice", "stats", "history"])
def test_each_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output
