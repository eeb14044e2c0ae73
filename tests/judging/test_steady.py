"""``judge run --readings K`` (judge.judging.steady): the heaviest cases' figures are the medians of K readings,
each extra one in a fresh child beside a fresh reading of the reference; the verdict is the judged run's."""

from __future__ import annotations

import pytest

from fixture_paths import FIXTURE_PROBLEMS, REAL_PROBLEMS
from judge.judging import reference, steady
from judge.judging.runner import RunOptions, judge_file
from judge.problems.catalog import Catalog
from judge.sandbox import child as child_module
from judge.verdict import CaseResult, Verdict

RIGHT = "class Solution:\n    def add(self, a, b):\n        return a + b\n"
# Right in the first process that loads it (the judged child); wrong in every later one (--sandbox process
# shares the file system: the first leaves a mark at MARK).
WRONG_IN_LATER_CHILDREN = """
import os
FIRST = not os.path.exists(MARK)
open(MARK, "a").close()
class Solution:
    def add(self, a, b):
        return a + b if FIRST else a + b + 1
"""


def result(name: str, reference_ms: float | None) -> CaseResult:
    return CaseResult(name, "g", Verdict.AC, 1.0, 0, reference_ms=reference_ms)


def test_the_heaviest_cases_hold_most_of_the_reference_time() -> None:
    results = [result("small", 1.0), result("big", 50.0), result("medium", 20.0), result("tiny", 0.1)]
    assert steady.heaviest(results) == ["big", "medium"]  # 70 of 71.1: past 80%
    many = [result(f"case{i}", 10.0) for i in range(30)]
    assert len(steady.heaviest(many)) == steady.MOST_CASES


@pytest.fixture
def rounds(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, list[float]]]:
    """What each extra round read of the solution (copies of the readings so far, after each round)."""
    seen: list[dict[str, list[float]]] = []
    real = steady._round

    def spy(problem, solution, sandbox, others, cases, clock, mine, theirs):  # type: ignore[no-untyped-def]
        real(problem, solution, sandbox, others, cases, clock, mine, theirs)
        seen.append({name: list(values) for name, values in mine.items()})

    monkeypatch.setattr(steady, "_round", spy)
    return seen


def test_each_heavy_case_reports_the_median_of_its_readings(tmp_path, rounds) -> None:
    problem = Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    solution = tmp_path / "add.py"
    solution.write_text(RIGHT)
    once = judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False))
    assert rounds == []  # one reading by default: no extra child
    judged = judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False, readings=3))
    assert judged.verdict is Verdict.AC and len(rounds) == 2
    extra = rounds[-1]
    assert extra and all(len(values) == 2 for values in extra.values())
    for case in judged.cases:
        if case.name in extra:  # the median of its judged reading and two fresh ones lies between the fresh two
            assert min(extra[case.name]) <= case.time_ms <= max(extra[case.name])
    assert judged.reference_time_ms == pytest.approx(sum(c.reference_ms or 0.0 for c in judged.cases))
    assert [c.name for c in judged.cases] == [c.name for c in once.cases]


def test_a_fresh_reading_that_is_not_accepted_counts_for_nothing_and_changes_no_verdict(tmp_path, rounds) -> None:
    problem = Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    solution = tmp_path / "add.py"
    solution.write_text(f"MARK = {str(tmp_path / 'mark')!r}\n" + WRONG_IN_LATER_CHILDREN)
    judged = judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False, readings=3))
    assert judged.verdict is Verdict.AC  # the judged run's verdict: the figures' readings decide nothing
    assert len(rounds) == 2 and all(values == [] for values in rounds[-1].values())


def test_no_extra_readings_where_the_reference_was_timed_up_front(tmp_path, rounds, monkeypatch) -> None:
    problem = Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    monkeypatch.setattr(reference, "_cache", {})
    reference.reference_times(problem)  # as judge grade does before judging a class
    solution = tmp_path / "add.py"
    solution.write_text(RIGHT)
    assert judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False, readings=3)).verdict is Verdict.AC
    assert rounds == []


def test_the_extra_readings_are_in_fresh_children(tmp_path, monkeypatch) -> None:
    """A round never reuses the judged child (a second call there could answer from a memo)."""
    problem = Catalog(REAL_PROBLEMS).resolve("reverse-string")
    started: list[object] = []
    real = child_module.Child.__init__

    def counting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(args[0])
        real(self, *args, **kwargs)

    monkeypatch.setattr(child_module.Child, "__init__", counting)
    solution = problem.root / "submissions" / "accepted" / "builtin_reverse.py"
    judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False, readings=1))
    once = len(started)
    started.clear()
    judge_file(problem, solution, RunOptions(sandbox="process", fuzz=False, readings=3))
    assert len(started) == once + 2 + 1  # two rounds, and the reference's clock for them
