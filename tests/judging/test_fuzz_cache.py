"""judge grade makes a problem's generated inputs and the reference's answers once; a judgement from the cache
is the judgement without it."""

from __future__ import annotations

import pytest

from fixture_paths import FIXTURE_PROBLEMS
from judge.judging import fuzz, fuzz_cache
from judge.judging.runner import RunOptions, judge_file
from judge.problems.catalog import Catalog

WRONG_FOR_TWO_NEGATIVES = "def add(a, b):\n    return a + b + 1 if a < 0 and b < 0 else a + b\n"


@pytest.fixture
def problem():
    fuzz_cache.forget()
    yield Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    fuzz_cache.forget()


def test_prepare_keeps_the_seeds_inputs_and_the_references_answers(problem) -> None:
    fuzz.prepare(problem, 40, seed=7)
    prepared = fuzz_cache.recall(problem, 40, 7)
    assert prepared is not None and prepared.inputs == fuzz.generate(problem, 40, 7)
    for args in prepared.inputs:
        assert prepared.expected(fuzz.Case("fuzz", "fuzz", args, None, "generated")) == sum(args)
    assert fuzz_cache.recall(problem, 40, 8) is None and fuzz_cache.recall(problem, 41, 7) is None


def test_an_input_is_found_by_its_value_whether_it_is_the_kept_list_or_a_copy(problem) -> None:
    """The kept inputs' keys are looked up by identity (each submission is sent those very lists); a copy,
    or a shrunk input, is keyed by value, and gets the same answer and time."""
    prepared = fuzz_cache.remember(problem, 2, 7, [[1, 2], [3, -4]], [3, -1], [0.5, 0.25])
    for args, answer, spent in ([[1, 2], 3, 0.5], [[3, -4], -1, 0.25]):
        for same in (next(kept for kept in prepared.inputs if kept == args), list(args)):
            case = fuzz.Case("fuzz", "fuzz", same, None, "generated")
            assert prepared.expected(case) == answer and prepared.seconds(case) == spent
    assert prepared.seconds(fuzz.Case("fuzz", "fuzz", [9, 9], None, "generated")) is None


def test_a_judgement_from_the_cache_is_the_same_and_generates_nothing(problem, tmp_path, monkeypatch) -> None:
    solution = tmp_path / "add.py"
    solution.write_text(WRONG_FOR_TWO_NEGATIVES)
    options = RunOptions(sandbox="process", seed=7, fuzz_examples=300)
    fresh = judge_file(problem, solution, options)
    fuzz.prepare(problem, 300, seed=7)

    def no_generation(*args: object) -> None:
        raise AssertionError("generated again")

    monkeypatch.setattr(fuzz, "generate", no_generation)
    monkeypatch.setattr(fuzz.Interleaved, "__init__", _only_cached(fuzz.Interleaved.__init__))
    cached = judge_file(problem, solution, options)
    assert (cached.verdict.value, cached.failing_case.input) == ("WA", {"a": -1, "b": -1})
    assert (fresh.verdict, fresh.failing_case.input, fresh.fuzz.seed) == (cached.verdict, cached.failing_case.input,
                                                                          cached.fuzz.seed)


def _only_cached(init):
    def wrapped(self, *args, **kwargs):
        original = fuzz.ReferenceRunner
        fuzz.ReferenceRunner = None  # building a reference here would mean the cache was not used
        try:
            init(self, *args, **kwargs)
        finally:
            fuzz.ReferenceRunner = original

    return wrapped
