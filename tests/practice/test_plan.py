"""Choosing what to practise: random picks (seeded, unsolved first) and interview sets."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from judge.errors import ProblemError, UsageError
from judge.practice.plan import available_sets, default_minutes, find_set, load_sets, pick_problem

REPO_PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


@pytest.fixture
def pool(add_two):
    return [replace(add_two, slug="easy-a", difficulty="easy", tags=("string",)),
            replace(add_two, slug="easy-b", difficulty="easy", tags=("math",)),
            replace(add_two, slug="hard-c", difficulty="hard", tags=("string",)),
            replace(add_two, slug="med-d", difficulty="medium", tags=("string", "math"))]


def test_the_same_seed_picks_the_same_problem(pool):
    picks = {pick_problem(pool, set(), random.Random(7)).slug for _ in range(5)}
    assert len(picks) == 1
    assert {pick_problem(pool, set(), random.Random(seed)).slug for seed in range(40)} == {p.slug for p in pool}


def test_filters_by_difficulty_and_tag(pool):
    for seed in range(20):
        assert pick_problem(pool, set(), random.Random(seed), difficulty="easy", tag="string").slug == "easy-a"
        assert pick_problem(pool, set(), random.Random(seed), tag="math").slug in {"easy-b", "med-d"}


def test_unsolved_problems_come_first_then_any(pool):
    solved = {"easy-a", "easy-b", "hard-c"}
    assert {pick_problem(pool, solved, random.Random(s)).slug for s in range(20)} == {"med-d"}
    everything = {p.slug for p in pool}
    assert {pick_problem(pool, everything, random.Random(s)).slug for s in range(40)} == everything


def test_no_match_says_what_was_asked(pool):
    with pytest.raises(UsageError, match="--difficulty hard --tag math"):
        pick_problem(pool, set(), random.Random(1), difficulty="hard", tag="math")


def test_default_minutes_add_up_by_difficulty(pool):
    assert default_minutes(pool[:1]) == 15
    assert default_minutes(pool) == 15 + 15 + 40 + 25


def test_the_shipped_sets_are_the_two_interview_rounds():
    sets = available_sets(REPO_PROBLEMS)
    assert sets["round-1"].problems == ("minimum-window-substring",)
    assert sets["round-2"].problems == ("reverse-string", "reverse-string-ii",
                                        "longest-substring-without-repeating-characters")


def test_a_users_sets_file_adds_and_overrides(tmp_path):
    mine = tmp_path / "sets.toml"
    mine.write_text('[round-1]\nproblems = ["add-two"]\nminutes = 5\n\n[quick]\ntitle = "Q"\nproblems = ["9999", 1]\n')
    sets = available_sets(REPO_PROBLEMS, mine)
    assert sets["round-1"].problems == ("add-two",) and sets["round-1"].minutes == 5
    assert sets["quick"].problems == ("9999", "1") and sets["quick"].minutes is None
    assert "round-2" in sets


@pytest.mark.parametrize("text, fault", [
    ('[x]\nproblems = []\n', "non-empty list"),
    ('[x]\nproblems = ["a"]\nminutes = 0\n', "positive number"),
    ('[x]\nproblems = ["a"]\nminuts = 3\n', "unknown key"),
    ('x = 3\n', "must be a table"),
    ('[x\n', "invalid TOML"),
])
def test_a_bad_sets_file_names_the_file_and_the_fault(tmp_path, text, fault):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(UsageError, match=fault) as caught:
        load_sets(path)
    assert str(path) in str(caught.value)


def test_a_bad_shipped_sets_file_is_a_problem_folder_fault(tmp_path):
    (tmp_path / "sets.toml").write_text("[x]\n")
    with pytest.raises(ProblemError):
        available_sets(tmp_path)


def test_an_unknown_set_lists_the_known_ones():
    with pytest.raises(UsageError, match="known: round-1, round-2"):
        find_set("round-3", available_sets(REPO_PROBLEMS))
