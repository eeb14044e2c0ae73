"""A generated input is timed like a hidden case: its own limit from the reference's time on it (judge run
times it beside the input, judge grade once per problem in fuzz.prepare), and a reading near the limit is
settled by the grey-zone rule in fresh children rather than failed outright.

Before: under judge grade every generated input was held to the problem's absolute floor (a slow-but-linear
accepted solution of minimum-window was TLE on a 10^5-long generated input), and one stalled moment on a
generated input was TLE with no re-measurement."""

from __future__ import annotations

from dataclasses import replace

import pytest

from fixture_paths import FIXTURE_PROBLEMS
from starvation import STARVE, counted_fresh_runs
from judge.judging import batching, fuzz, fuzz_cache, reference
from judge.judging.runner import RunOptions, judge_file
from judge.problems.catalog import Catalog
from judge.problems.problem import TimeRule

HIDDEN = {(1, 2), (0, 0), (-5, 2), (10**9, 10**9)}

# Stalls once, on a generated input, in a process that has already answered three calls: only the judged
# child does (a fresh child of the re-measurement makes two, the warm-up sample and the case). There it
# starves itself of CPU (tests/starvation.py), as an overloaded machine would: the case is stopped at the wall clock.
STALLS_ONCE = STARVE + f"""
calls = 0
stalled = False

def add(a, b):
    global calls, stalled
    calls += 1
    if (a, b) not in {HIDDEN!r} and calls > 3 and not stalled:
        stalled = True
        _starve()
        _spin(0.1)
    return a + b
"""


@pytest.fixture
def problem(monkeypatch):
    fuzz_cache.forget()
    monkeypatch.setattr(reference, "_cache", {})  # no up-front reference times leak into other tests
    yield Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    fuzz_cache.forget()


def test_prepare_times_the_reference_on_every_generated_input(problem) -> None:
    fuzz.prepare(problem, 30, seed=3)
    prepared = fuzz_cache.recall(problem, 30, 3)
    assert prepared is not None and len(prepared.inputs) == 30
    for args in prepared.inputs:
        took = prepared.seconds(fuzz.Case("fuzz", "fuzz", args, None, "generated"))
        assert took is not None and took > 0


def test_under_grade_each_generated_input_gets_the_limit_its_reference_time_gives(problem, tmp_path,
                                                                                 monkeypatch) -> None:
    # A rule whose floor is below any request's CPU time: every limit is then factor x the reference's time,
    # and differs from the floor the generated inputs were held to before.
    ruled = replace(problem, time_rule=TimeRule(floor_s=1e-9, factor=5000.0, calibrated=True))
    reference.reference_times(ruled)  # as judge grade does before forking its workers
    fuzz.prepare(ruled, 25, seed=11)
    prepared = fuzz_cache.recall(ruled, 25, 11)
    assert prepared is not None
    items: list[batching.Item] = []
    planned = batching.plan

    def seen(found, *args, **kwargs):
        def each():
            for item in found:
                items.append(item)
                yield item

        return planned(each(), *args, **kwargs)

    monkeypatch.setattr(batching, "plan", seen)
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    result = judge_file(ruled, solution, RunOptions(sandbox="process", seed=11, fuzz_examples=25))
    assert result.verdict.value == "AC" and result.fuzz is not None and result.fuzz.examples == 25
    generated = {fuzz_cache._key(item.case.args): item.limit_s for item in items if item.generated}
    assert len(generated) == len({fuzz_cache._key(args) for args in prepared.inputs})
    for key, limit in generated.items():
        assert limit == pytest.approx(ruled.time_rule.limit_s(prepared.times[key]))
        assert limit > 1e-6  # not the floor


def test_a_generated_input_stopped_once_at_the_wall_clock_is_measured_again_not_failed(problem, tmp_path,
                                                                                       hog_cpu0, monkeypatch) -> None:
    quick = replace(problem, time_rule=TimeRule(floor_s=0.2, factor=10.0, calibrated=True))  # stopped at 1.4 s
    solution = tmp_path / "add.py"
    solution.write_text(STALLS_ONCE)
    fresh = counted_fresh_runs(monkeypatch)
    result = judge_file(quick, solution, RunOptions(sandbox="process", seed=2, fuzz_examples=12))
    assert result.verdict.value == "AC", result.message
    assert fresh, "the judged child was not stopped: the starving did not happen"
    assert result.fuzz is not None and result.fuzz.examples == 12
