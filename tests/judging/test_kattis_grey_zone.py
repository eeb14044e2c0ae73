"""A Kattis program's time verdict follows the same grey-zone rule as a call problem's (docs/timing.md §3).

A case stopped at the wall clock (an overloaded machine starves the child of CPU; here the program starves itself)
with CPU below the kill point, or read in the grey zone, is measured again in fresh children: a right
program is Accepted, and the cases after it run in a fresh child, not the stopped one. A case stopped at
the CPU kill point is TLE at once and starts no fresh child. Before, a program's wall-clock stop was TLE
at once and a grey reading was decided from that one reading: a right program was refused on a loaded
machine, and two regrades could differ.

The fixture package is ``average`` (0.5 s, fixed by .timelimit): two samples, then ``secret/01-single``,
``secret/02-negative`` (input "4 / -1.5 -2.25 0.5 -3.0"), ``secret/03-random``, ``secret/04-large``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from fixture_paths import TESTS
from starvation import STARVE, counted_fresh_runs
from judge.judging import runner
from judge.judging.options import cpu_kill_after
from judge.judging.runner import RunOptions, judge_file
from judge.problems.catalog import Catalog
from judge.problems.kattis.problem import KattisProblem
from judge.sandbox import bwrap
from judge.sandbox.child import Child
from judge.verdict import Verdict

KATTIS = TESTS / "fixtures" / "kattis"
LIMIT_S = 0.5
NEGATIVE = "secret/02-negative"

SANDBOXES = [
    "process",
    pytest.param("bwrap", marks=pytest.mark.skipif(not bwrap.availability().usable, reason="bwrap is not usable")),
]

# Counts the programs run in its own process (the environment is the process's own, never shared with
# another child). The judged child runs the two samples, 01-single, then 02-negative as its fourth program
# and stalls there, starved of CPU (tests/starvation.py) past the wall-clock cap; a fresh child of the
# re-measurement runs the first sample (unmeasured) and then 02-negative as its second, and does not stall.
STALLS_IN_THE_JUDGED_CHILD_ONLY = STARVE + """
import os, sys
runs = int(os.environ.get("PROGRAMS_RUN_HERE", "0")) + 1
os.environ["PROGRAMS_RUN_HERE"] = str(runs)
tokens = sys.stdin.read().split()
n = int(tokens[0])
if tokens[1] == "-1.5" and runs > 3:
    _starve()
    _spin(0.15)
print(sum(float(x) for x in tokens[1:n + 1]) / n)
"""

BURNS_CPU_ON_NEGATIVE = """
import sys
tokens = sys.stdin.read().split()
n = int(tokens[0])
while tokens[1] == "-1.5":
    pass
print(sum(float(x) for x in tokens[1:n + 1]) / n)
"""

RIGHT = """
import sys
tokens = sys.stdin.read().split()
n = int(tokens[0])
print(sum(float(x) for x in tokens[1:n + 1]) / n)
"""


@pytest.fixture
def average() -> KattisProblem:
    found = Catalog(KATTIS).resolve("average")
    assert isinstance(found, KattisProblem)
    return found


@pytest.fixture
def children(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every child process the judging starts (the judged ones and the fresh ones), by its solution."""
    started: list[Path] = []
    original = Child.__init__

    def counting(self: Child, solution: Path, *args: object, **kwargs: object) -> None:
        started.append(solution)
        original(self, solution, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Child, "__init__", counting)
    return started


def _program(tmp_path: Path, source: str) -> Path:
    path = tmp_path / "average.py"
    path.write_text(source, encoding="utf-8")
    return path


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_program_stopped_at_the_wall_clock_once_is_settled_accepted(
        average: KattisProblem, tmp_path: Path, children: list[Path], sandbox: str, hog_cpu0: None) -> None:
    result = judge_file(average, _program(tmp_path, STALLS_IN_THE_JUDGED_CHILD_ONLY), RunOptions(sandbox=sandbox))
    assert result.verdict is Verdict.AC, result.message  # before: TLE at once, from the one stopped reading
    # 03 and 04 ran after the stopped child was killed: in a fresh child, not the dead one (RE, SIGKILL).
    assert [c.verdict for c in result.cases] == [Verdict.AC] * 6
    # The judged child, at least three fresh ones agreeing, and one for the cases after the stop.
    assert len(children) >= 5


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_program_stopped_at_the_cpu_kill_point_is_TLE_with_no_fresh_child(
        average: KattisProblem, tmp_path: Path, children: list[Path], monkeypatch: pytest.MonkeyPatch,
        sandbox: str) -> None:
    fresh = counted_fresh_runs(monkeypatch)
    result = judge_file(average, _program(tmp_path, BURNS_CPU_ON_NEGATIVE), RunOptions(sandbox=sandbox))
    assert result.verdict is Verdict.TLE and result.failing_case is not None
    assert result.failing_case.name == NEGATIVE
    assert result.cases[-1].time_ms > cpu_kill_after(LIMIT_S) * 1000 - 1  # the kernel's reading at the stop
    assert fresh == [] and len(children) == 1  # beyond the grey zone as measured: no re-measurement


def test_a_program_read_in_the_grey_zone_is_settled_in_fresh_children(
        average: KattisProblem, tmp_path: Path, children: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """The judged reading of 02-negative is made 1.2x the limit (grey: within 1.39x); the fresh runs of a
    right program read well inside it, so the case is Accepted — from their readings, not the one above."""
    real = runner._run_case

    def slow_negative(child: Child, problem: object, case: object, limit_s: float, *args: object) -> object:
        got = real(child, problem, case, limit_s, *args)  # type: ignore[arg-type]
        if getattr(case, "name", "") == NEGATIVE:
            return replace(got, verdict=Verdict.TLE, cpu_s=(limit_s * 1.2,), message="over")
        return got

    monkeypatch.setattr(runner, "_run_case", slow_negative)
    result = judge_file(average, _program(tmp_path, RIGHT), RunOptions(sandbox="process"))
    assert result.verdict is Verdict.AC, result.message  # before: TLE from the one grey reading
    negative = next(c for c in result.cases if c.name == NEGATIVE)
    assert negative.time_ms < LIMIT_S * 1000  # a fresh reading's time, not the judged 600 ms
    assert len(children) >= 4  # the judged child and at least three fresh ones (the judged child lives on)


# A right program (groups' accepted running_best.py), except that on its first secret case (the second
# program its child runs) it replaces its own file (writable under --sandbox process) with one that does not
# compile, and kills its process. The package (groups) judges group2 after group1 failed.
REWRITES_ITSELF_THEN_DIES = """
import os, signal
runs = int(os.environ.get("PROGRAMS_RUN_HERE", "0")) + 1
os.environ["PROGRAMS_RUN_HERE"] = str(runs)
if runs == 2:
    with open(__file__, "w") as source:
        source.write("print(\\n")
    os.kill(os.getpid(), signal.SIGKILL)
""" + (KATTIS / "groups" / "submissions" / "accepted" / "running_best.py").read_text(encoding="utf-8")


def test_a_program_that_stops_loading_leaves_no_case_to_an_unloaded_child(tmp_path: Path) -> None:
    """After its child died, each next case goes to a fresh child; one that fails to load is never reused
    (the case after it was sent to the unloaded child, and the judge stopped with an internal error)."""
    groups = Catalog(KATTIS).resolve("groups")
    result = judge_file(groups, _program(tmp_path, REWRITES_ITSELF_THEN_DIES), RunOptions(sandbox="process"))
    assert result.failing_case is not None and result.failing_case.name == "secret/group1/01-tiny"
    assert [(c.name, c.verdict) for c in result.cases] == [
        ("sample/1", Verdict.AC), ("secret/group1/01-tiny", Verdict.RE),
        ("secret/group2/a/01-all-negative", Verdict.CE),  # a fresh child, which did not load
        ("secret/group2/b/01-large", Verdict.CE),  # another fresh child, not the unloaded one
    ]
