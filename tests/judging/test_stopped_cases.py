"""A case the judge stops: at the CPU cap (just past the grey zone) it is TLE at once, with no fresh runs; at the
wall clock (an overloaded machine, or a sleep) it is grey and settled in fresh children, where a run stopped
just past the limit counts as over; and a case settled Accepted after its child was stopped leaves the cases
after it judged in a fresh child, not failed on a dead one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fixture_paths import FIXTURE_PROBLEMS
from starvation import STARVE, counted_fresh_runs
from judge.judging import remeasure
from judge.sandbox import bwrap
from judge.judging.options import cpu_kill_after, over_kill_after
from judge.judging.runner import RunOptions, judge_file
from judge.judging.timing import GREY, zone
from judge.problems.catalog import Catalog
from judge.problems.problem import TimeRule

NO_FUZZ = RunOptions(sandbox="process", fuzz=False)
SANDBOXES = ["process", pytest.param("bwrap", marks=pytest.mark.skipif(not bwrap.availability().usable,
                                                                      reason="bwrap is not usable"))]

# The judged child answers the sample, then "zero", then "negative" (its third call); a fresh child of the
# re-measurement answers the sample (unmeasured) and then the case (its second call).
# Starved there (tests/starvation.py): busy and runnable, it is stopped by the wall clock having used little CPU.
STARVED_ON_THIRD_CALL = STARVE + """
calls = 0

def add(a, b):
    global calls
    calls += 1
    if (a, b) == (-5, 2) and calls > 2:
        _starve()
        _spin(0.06)
    return a + b
"""

STARVED_THEN_RUNS_ON_IN_FRESH_CHILDREN = STARVE + """
calls = 0

def add(a, b):
    global calls
    calls += 1
    if (a, b) == (-5, 2):
        if calls > 2:
            _starve()
        while True:
            pass
    return a + b
"""

SLEEPS_ON_NEGATIVE = """
import threading
import time

def add(a, b):
    if a < 0:
        time.sleep(30)
    return a + b
"""

WAITS_ON_ITSELF = """
import threading

def add(a, b):
    if a < 0:
        threading.Event().wait()  # nothing will ever set it
    return a + b
"""


@pytest.fixture
def problem():
    """add-two with a 0.2 s limit on every case: stops come quickly."""
    found = Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    return replace(found, time_rule=TimeRule(floor_s=0.2, factor=1.0, calibrated=True))


HIDDEN = {(1, 2), (0, 0), (-5, 2), (10**9, 10**9)}


def test_the_kill_point_is_just_past_the_grey_zone_and_a_stop_there_reads_beyond() -> None:
    for limit in (0.2, 1.0, 2.069):
        assert limit * GREY < cpu_kill_after(limit) < limit * GREY + 0.01
        assert zone(cpu_kill_after(limit), limit) == "beyond"
        assert limit < over_kill_after(limit) < limit + 0.01


def test_a_case_stopped_at_the_cpu_cap_is_TLE_once_with_no_fresh_run(problem, tmp_path, monkeypatch) -> None:
    fresh: list[object] = []
    monkeypatch.setattr(remeasure, "_fresh_run", lambda *args, **kwargs: fresh.append(args) or None)
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    while a < 0:\n        pass\n    return a + b\n")
    result = judge_file(problem, solution, NO_FUZZ)
    assert result.verdict.value == "TLE" and result.failing_case.name == "negative"
    assert result.cases[-1].time_ms > 0.2 * GREY * 1000  # the kernel's reading at the stop, past the grey zone
    assert fresh == []


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_case_stopped_at_the_wall_clock_then_accepted_leaves_the_next_cases_judged(problem, tmp_path, hog_cpu0,
                                                                                     sandbox, monkeypatch) -> None:
    solution = tmp_path / "add.py"
    solution.write_text(STARVED_ON_THIRD_CALL)
    fresh = counted_fresh_runs(monkeypatch)
    result = judge_file(problem, solution, replace(NO_FUZZ, sandbox=sandbox))
    assert fresh, "the judged child was not stopped: the starvation did not happen"
    assert result.verdict.value == "AC", result.message  # before: the next case met a dead child, RE (SIGKILL)
    assert [c.verdict.value for c in result.cases] == ["AC"] * 4


def test_fresh_runs_stopped_past_the_limit_count_as_over(problem, tmp_path, hog_cpu0) -> None:
    solution = tmp_path / "add.py"
    solution.write_text(STARVED_THEN_RUNS_ON_IN_FRESH_CHILDREN)
    result = judge_file(problem, solution, NO_FUZZ)
    assert result.verdict.value == "TLE" and result.failing_case.name == "negative"
    assert "stopped, stopped, stopped" in (result.failing_case.hint or "")


def test_a_generated_input_that_runs_on_is_TLE_once_without_fresh_runs(problem, tmp_path, monkeypatch) -> None:
    fresh: list[object] = []
    monkeypatch.setattr(remeasure, "_fresh_run", lambda *args, **kwargs: fresh.append(args) or None)
    solution = tmp_path / "add.py"
    solution.write_text(f"def add(a, b):\n    while (a, b) not in {HIDDEN!r}:\n        pass\n    return a + b\n")
    result = judge_file(problem, solution, RunOptions(sandbox="process", seed=2, fuzz_examples=12))
    assert result.verdict.value == "TLE" and "generated input" in result.message, result.message
    assert fresh == []  # stopped at the kill point, past the grey zone: beyond the limit as measured


@pytest.mark.parametrize("sandbox", SANDBOXES)
@pytest.mark.parametrize("source", [SLEEPS_ON_NEGATIVE, WAITS_ON_ITSELF], ids=["sleeps", "waits_on_an_event"])
def test_a_child_waiting_on_itself_at_the_wall_clock_is_TLE_at_once(problem, tmp_path, monkeypatch, sandbox,
                                                                   source) -> None:
    """Not starved but idle (judge.sandbox.stall): no fresh run would see it faster, so none is paid for (each
    would wait out four wall-clock allowances: with a sleep of 30 s this case cost about a minute)."""
    fresh: list[object] = []
    monkeypatch.setattr(remeasure, "_fresh_run", lambda *args, **kwargs: fresh.append(args) or None)
    solution = tmp_path / "add.py"
    solution.write_text(source)
    result = judge_file(problem, solution, replace(NO_FUZZ, sandbox=sandbox))
    assert result.verdict.value == "TLE" and result.failing_case.name == "negative"
    assert "waiting on itself" in (result.failing_case.hint or "")
    assert fresh == []
