"""The practice loop, driven by a fake clock, scripted saves and a scripted judge."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from judge.practice.history import History
from judge.practice.loop import Practice, Task, summary_lines
from judge.verdict import Verdict

from practice_fakes import FakeJudge, RecordingDisplay, ScriptedWatch

AC, WA, TLE = Verdict.AC, Verdict.WA, Verdict.TLE


def session(tasks, clock, watch, judge, limit_s=600.0, history=None, set_name=None):
    display = RecordingDisplay()
    practice = Practice(tasks, limit_s, display, judge=judge, clock=clock, watch=watch, history=history,
                        set_name=set_name)
    return practice.run(), display


def test_accepted_ends_the_session_and_counts_tries(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(5, "tick"), (30, "changed"), (1, "tick"), (60, "changed"), (1, "changed")])
    judge = FakeJudge(clock, [(WA, None), (AC, AC)])
    result, display = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge)
    [outcome] = result.outcomes
    assert outcome.outcome == "accepted"
    assert outcome.tries == 2
    assert outcome.seconds == 96  # the accepted save came 5 + 30 + 1 + 60 s in
    assert outcome.last_verdict is AC
    assert result.all_accepted and result.ended == "accepted"
    assert judge.tries == []  # the third save was never judged: Accepted ended it
    assert display.closed
    assert summary_lines(result) == ["Accepted add-two in 01:36 after 2 tries."]


def test_time_out_ends_the_session(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(10, "changed")] + [(20, "tick")] * 100)
    judge = FakeJudge(clock, [(WA, None)])
    result, _ = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge, limit_s=120)
    [outcome] = result.outcomes
    assert outcome.outcome == "timeout"
    assert outcome.tries == 1
    assert outcome.seconds == 120
    assert outcome.last_verdict is WA
    assert result.ended == "timeout" and not result.all_accepted
    assert summary_lines(result) == ["Time is up after 02:00 on add-two: not accepted, 1 try, last verdict Wrong Answer."]


def test_a_save_after_the_deadline_is_not_judged(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(61, "changed")])
    judge = FakeJudge(clock, [(AC, AC)])
    result, _ = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge, limit_s=60)
    assert result.outcomes[0].outcome == "timeout"
    assert judge.calls == []


def test_ticks_are_not_tries_and_the_status_counts_down(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(1, "tick"), (1, "tick"), (1, "changed")])
    judge = FakeJudge(clock, [(AC, AC)])
    result, display = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge, limit_s=60)
    assert result.outcomes[0].tries == 1
    waiting = [s.remaining_s for s in display.statuses if not s.note]
    assert waiting == [60, 59, 58]


def test_samples_are_judged_first_and_alone_when_they_fail(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(1, "changed"), (1, "changed"), (1, "changed")])
    judge = FakeJudge(clock, [(WA, None), (AC, TLE), (AC, AC)])
    result, display = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge)
    assert judge.calls == [
        ("add-two", True, False),                            # try 1: samples (no fuzzing) fail: stop there
        ("add-two", True, False), ("add-two", False, True),  # try 2: samples pass, then everything
        ("add-two", True, False), ("add-two", False, True),
    ]
    text = display.text()
    assert text.index("try 2 at 00:02: samples: Accepted") < text.index("try 2: all cases: Time Limit Exceeded")
    assert result.outcomes[0].tries == 3


def test_the_samples_verdict_shows_before_the_full_judge_starts(tmp_path, add_two, clock):
    display = RecordingDisplay()
    seen_before_full: list[str] = []

    judge = FakeJudge(clock, [(AC, AC)])

    def spying_judge(problem, path, options):
        if not options.samples_only:
            seen_before_full.extend(display.lines)
        return judge(problem, path, options)

    watch = ScriptedWatch(clock, [(3, "changed")])
    Practice([Task(add_two, tmp_path / "a.py")], 60, display, judge=spying_judge, clock=clock, watch=watch).run()
    assert any("samples: Accepted" in line for line in seen_before_full)


def test_a_set_runs_in_sequence_under_one_clock(tmp_path, add_two, twin, clock):
    watch = ScriptedWatch(clock, [(100, "changed")], [(50, "changed")] + [(100, "tick")] * 10)
    judge = FakeJudge(clock, [(AC, AC), (WA, None)])
    tasks = [Task(add_two, tmp_path / "one.py"), Task(twin, tmp_path / "two.py")]
    result, display = session(tasks, clock, watch, judge, limit_s=300, set_name="pair")
    first, second = result.outcomes
    assert (first.problem, first.outcome, first.seconds) == ("add-two", "accepted", 100)
    # the second problem gets what is left of the one clock: 300 - 100 s, not a clock of its own
    assert (second.problem, second.outcome, second.seconds, second.tries) == ("add-two-again", "timeout", 200, 1)
    assert watch.watched == [tmp_path / "one.py", tmp_path / "two.py"]
    assert [c[0] for c in judge.calls] == ["add-two", "add-two", "add-two-again"]
    assert "(2/2)" in display.text()
    assert summary_lines(result)[-1] == "1 of 2 solved in 05:00 (clock: 05:00)."


def test_a_set_stops_at_the_first_problem_not_solved(tmp_path, add_two, twin, clock):
    watch = ScriptedWatch(clock, [(10, "ctrl-c")], [])
    judge = FakeJudge(clock, [])
    tasks = [Task(add_two, tmp_path / "one.py"), Task(twin, tmp_path / "two.py")]
    result, _ = session(tasks, clock, watch, judge)
    assert [o.outcome for o in result.outcomes] == ["stopped"]
    assert result.ended == "stopped"
    assert summary_lines(result)[1] == "Not reached: add-two-again."
    assert not (tmp_path / "two.py").exists()


def test_ctrl_c_stops_cleanly(tmp_path, add_two, clock):
    watch = ScriptedWatch(clock, [(5, "changed"), (7, "ctrl-c")])
    judge = FakeJudge(clock, [(WA, None)])
    result, display = session([Task(add_two, tmp_path / "add.py")], clock, watch, judge)
    [outcome] = result.outcomes
    assert (outcome.outcome, outcome.tries, outcome.seconds) == ("stopped", 1, 12)
    assert display.closed
    assert "stopped (Ctrl-C)" in display.lines


@pytest.fixture
def dispositions():
    """Sets SIGINT and SIGTERM as a test asks, as the process would have inherited them; restores both."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}

    def inherit(sigint, sigterm=signal.SIG_DFL):
        signal.signal(signal.SIGINT, sigint)
        signal.signal(signal.SIGTERM, sigterm)

    yield inherit
    for sig, handler in before.items():
        signal.signal(sig, handler)


def intro(tasks, clock):
    watch = ScriptedWatch(clock, *[[(1, "changed")]] * len(tasks))
    _, display = session(tasks, clock, watch, FakeJudge(clock, [(AC, AC)] * len(tasks)))
    return [line for line in display.lines if line.startswith("Solve it in")]


def test_the_intro_says_ctrl_c_stops_when_it_does(tmp_path, add_two, clock, dispositions):
    dispositions(signal.default_int_handler)
    [line] = intro([Task(add_two, tmp_path / "add.py")], clock)
    assert line.endswith("Every save is judged; Ctrl-C stops.")


def test_started_with_sigint_ignored_the_intro_says_what_stops_it(tmp_path, add_two, twin, clock, dispositions):
    """A background job of a shell without job control starts with SIGINT ignored: Ctrl-C does nothing
    there, so the intro must not promise it; it names what does end the session."""
    dispositions(signal.SIG_IGN)
    [line] = intro([Task(add_two, tmp_path / "add.py")], clock)
    assert "Ctrl-C stops" not in line and "Ctrl-C is ignored" in line
    assert f"practice ends on Accepted or when time is up; `kill {os.getpid()}` ends it at once" in line
    lines = intro([Task(add_two, tmp_path / "one.py"), Task(twin, tmp_path / "two.py")], clock)
    assert len(lines) == 2 and all("ends when the last problem is Accepted or when time is up" in x for x in lines)
    dispositions(signal.SIG_IGN, signal.SIG_IGN)  # nor is a kill offered that would be ignored too
    [line] = intro([Task(add_two, tmp_path / "add.py")], clock)
    assert line.endswith("practice ends on Accepted or when time is up.") and "kill" not in line


def test_the_solution_is_created_from_the_stub_but_never_overwritten(tmp_path, add_two, clock):
    mine = tmp_path / "mine.py"
    mine.write_text("# my work\n")
    fresh = tmp_path / "sub" / "fresh.py"
    for path in (mine, fresh):
        watch = ScriptedWatch(clock, [(1, "changed")])
        session([Task(add_two, path)], clock, watch, FakeJudge(clock, [(AC, AC)]))
    assert mine.read_text() == "# my work\n"
    assert fresh.read_text() == add_two.stub.read_text()


def test_each_try_and_the_end_are_recorded(tmp_path, add_two, clock):
    history = History(tmp_path / "h.sqlite3")
    solution = tmp_path / "add.py"
    watch = ScriptedWatch(clock, [(20, "changed"), (40, "changed")])
    judge = FakeJudge(clock, [(WA, None), (AC, AC)], cost=3)
    session([Task(add_two, solution)], clock, watch, judge, history=history, set_name="solo")
    attempts = history.attempts()
    assert [(a.source, a.verdict, a.tries, a.solve_seconds, a.total) for a in attempts] == [
        ("practice", "WA", 1, 20, 1),   # the samples failed: the samples' result is the try's
        ("practice", "AC", 2, 63, 4),   # time to solve counts from the start to the save, not past judging
    ]
    assert attempts[1].size_bytes == len(solution.read_bytes())
    [ended] = history.sessions()
    assert (ended.problem, ended.set_name, ended.outcome, ended.tries, ended.seconds, ended.last_verdict) == \
        ("add-two", "solo", "accepted", 2, 63, "AC")


def test_a_watcher_that_ends_stops_the_session(tmp_path: Path, add_two, clock):
    result, _ = session([Task(add_two, tmp_path / "a.py")], clock, ScriptedWatch(clock, [(1, "tick")]),
                        FakeJudge(clock, []))
    assert result.outcomes[0].outcome == "stopped"
