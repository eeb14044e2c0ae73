"""Which problem a submission's file name names (no judging here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from classgen import PROBLEMS

from judge.problems.catalog import Catalog
from judge.errors import UsageError
from judge.grading.pool import discover, match_file, parse_shard


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog(PROBLEMS)


@pytest.mark.parametrize("stem, slug", [
    ("add-two", "add-two"),                 # slug
    ("add_two", "add-two"),                 # snake_case slug
    ("Add_Two", "add-two"),
    ("9999", "add-two"),                    # LeetCode number
    ("lc9998", "sum-list"),
    ("sum", "sum-list"),                    # unambiguous prefix
    ("add_two_v2", "add-two"),              # version tags
    ("sum-list-final", "sum-list"),
    ("add_two_v2_final", "add-two"),
    ("9999_v2", "add-two"),
    ("09999-add-two", "add-two"),           # number and name, as LeetCode repositories name files
    ("9998.sum-list", "sum-list"),          # leetcode-cli's <number>.<slug>
])
def test_names_that_name_a_problem(catalog: Catalog, stem: str, slug: str) -> None:
    assert match_file(catalog, stem) == (slug, "")


@pytest.mark.parametrize("stem, why", [
    ("notes", "names no problem"),
    ("helper_v2", "names no problem"),
    ("1234", "names no problem"),           # a number no problem has
    ("9999-sum-list", "says two problems"),  # number and name disagree
    ("v2", "names no problem"),
])
def test_names_that_name_no_problem_say_why(catalog: Catalog, stem: str, why: str) -> None:
    slug, reason = match_file(catalog, stem)
    assert slug is None and why in reason


def test_discover_reads_two_levels_and_skips_hidden_files(tmp_path: Path, catalog: Catalog) -> None:
    for name in ("ann/add_two.py", "ann/deeper/sum_list.py", "ann/__init__.py", ".git/x.py", "_private/9999.py",
                 "ann/notes.py", "top/9998.py", "9999.py", "ann/readme.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("")
    found, unmatched = discover(tmp_path, catalog)
    assert sorted((s.submitter, s.file, s.problem) for s in found) == [
        ("ann", "add_two.py", "add-two"), (tmp_path.name, "9999.py", "add-two"), ("top", "9998.py", "sum-list")]
    assert [(u.submitter, u.file) for u in unmatched] == [("ann", "notes.py")]


def test_parse_shard() -> None:
    assert parse_shard("2/4") == (2, 4)
    assert parse_shard(" 1 / 1 ") == (1, 1)
    for bad in ("0/2", "3/2", "2", "a/b", "-1/2"):
        with pytest.raises(UsageError):
            parse_shard(bad)
