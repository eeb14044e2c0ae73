"""Fixtures for the practice tests (the fakes themselves are in practice_fakes.py)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from practice_fakes import ADD_TWO, FakeClock

from judge.problems.problem import Problem, load_problem


@pytest.fixture
def add_two() -> Problem:
    return load_problem(ADD_TWO)


@pytest.fixture
def twin(add_two: Problem) -> Problem:
    """A second problem for sets: add-two under another slug (the fake judge does not care)."""
    return replace(add_two, slug="add-two-again")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
