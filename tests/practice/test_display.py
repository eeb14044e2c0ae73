"""The status line: redrawn in place on a terminal, plain lines elsewhere."""

from __future__ import annotations

from judge.practice.display import PlainDisplay, Status, TerminalDisplay, format_duration


def test_format_duration():
    assert format_duration(0) == "00:00"
    assert format_duration(59.2) == "01:00"   # a countdown rounds up: 00:00 means time is up
    assert format_duration(25 * 60) == "25:00"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(-3) == "00:00"


def test_status_text():
    status = Status(754, "minimum-window-substring", 2, "Wrong Answer")
    assert status.text() == "12:34 left | minimum-window-substring | tries 2 | last: Wrong Answer"


def test_terminal_display_redraws_one_line_and_ends_it(capsys):
    display = TerminalDisplay()
    display.status(Status(60, "p", 0))
    display.status(Status(59, "p", 0))
    display.line("try 1: samples: Accepted")
    display.close()
    out = capsys.readouterr().out
    assert out == ("\r\x1b[K01:00 left | p | tries 0"
                   "\r\x1b[K00:59 left | p | tries 0"
                   "\r\x1b[Ktry 1: samples: Accepted\n"     # the line replaces the status line ...
                   "\r\x1b[K00:59 left | p | tries 0"       # ... which is drawn again below it
                   "\r\x1b[K")                               # and erased on close: the prompt starts clean


def test_terminal_status_never_wraps(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "20")
    TerminalDisplay().status(Status(60, "a-very-long-problem-name", 3, "Time Limit Exceeded"))
    drawn = capsys.readouterr().out.removeprefix("\r\x1b[K")
    assert len(drawn) < 20


def test_plain_display_prints_a_status_only_when_it_changes_or_a_minute_passes(capsys):
    display = PlainDisplay()
    for remaining in (120, 119.75, 90, 60.5):
        display.status(Status(remaining, "p", 0))
    display.status(Status(60.25, "p", 1, "Wrong Answer"))
    display.status(Status(60, "p", 1, "Wrong Answer"))   # a new minute starts
    display.status(Status(30, "p", 1, "Wrong Answer"))
    display.close()
    assert capsys.readouterr().out.splitlines() == [
        "[02:00 left | p | tries 0]",
        "[01:01 left | p | tries 1 | last: Wrong Answer]",
        "[01:00 left | p | tries 1 | last: Wrong Answer]",
    ]
