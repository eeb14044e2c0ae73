"""What a user calls a problem resolves to one slug, or to a helpful error."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.problems.catalog import Catalog
from judge.errors import UnknownProblemError


def make(root: Path, slug: str, leetcode: int | None = None) -> None:
    folder = root / slug
    folder.mkdir(parents=True)
    number = f"leetcode = {leetcode}\n" if leetcode else ""
    (folder / "problem.toml").write_text(f'title = "{slug}"\ndifficulty = "easy"\n{number}'
                                         '[entry]\nnames = ["f"]\n[checker]\nname = "exact"\n')


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    make(tmp_path, "reverse-string", 344)
    make(tmp_path, "reverse-string-ii", 541)
    make(tmp_path, "minimum-window-substring", 76)
    return Catalog(tmp_path)


@pytest.mark.parametrize("name, slug", [
    ("reverse-string", "reverse-string"),
    ("reverse_string_ii", "reverse-string-ii"),
    ("76", "minimum-window-substring"),
    ("lc344", "reverse-string"),
    ("minimum", "minimum-window-substring"),
    ("Minimum-Window-Substring", "minimum-window-substring"),
])
def test_match(catalog, name, slug):
    assert catalog.match(name) == slug


def test_ambiguous_prefix_lists_the_candidates(catalog):
    assert catalog.match("reverse") is None
    with pytest.raises(UnknownProblemError, match="ambiguous.*reverse-string, reverse-string-ii"):
        catalog.resolve("reverse")


def test_unknown_suggests_closest(catalog):
    with pytest.raises(UnknownProblemError, match="did you mean 'minimum-window-substring'"):
        catalog.resolve("minimum-windw-substring")


def test_unknown_number(catalog):
    assert catalog.match("9999") is None
    with pytest.raises(UnknownProblemError, match="judge list"):
        catalog.resolve("9999")


def test_a_broken_folder_does_not_hide_the_others(catalog, tmp_path):
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "problem.toml").write_text("not toml = = =")
    assert catalog.match("76") == "minimum-window-substring"
