"""Hints and editorials: every real problem has them in both languages, and faults are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixture_paths import REAL_PROBLEMS

from judge.errors import ProblemError, UsageError
from judge.problems.hints import has_editorial, has_hints, parse_hints, read_editorial, read_hints

SLUGS = sorted(p.parent.name for p in REAL_PROBLEMS.glob("*/problem.toml"))
SECTIONS = {"en": ["## Approach", "## Why it is correct", "## Complexity", "## Common mistakes"],
            "zh": ["## 思路", "## 正确性", "## 复杂度", "## 常见错误"]}


def test_there_are_real_problems() -> None:
    assert len(SLUGS) >= 9


@pytest.mark.parametrize("slug", SLUGS)
def test_every_problem_has_three_hints_in_each_language(slug: str) -> None:
    root = REAL_PROBLEMS / slug
    assert has_hints(root)
    english, chinese = read_hints(root, "en"), read_hints(root, "zh")
    assert [h.heading for h in english] == ["Hint 1", "Hint 2", "Hint 3"]
    assert [h.heading for h in chinese] == ["提示 1", "提示 2", "提示 3"]
    assert all(len(h.text) > 40 for h in english + chinese)  # real text, not a placeholder


@pytest.mark.parametrize("slug", SLUGS)
def test_every_problem_has_an_editorial_with_the_four_parts(slug: str) -> None:
    root = REAL_PROBLEMS / slug
    assert has_editorial(root)
    for lang, headings in SECTIONS.items():
        text = read_editorial(root, lang)
        positions = [text.find(h + "\n") for h in headings]
        assert -1 not in positions, f"{slug} {lang}: missing one of {headings}"
        assert positions == sorted(positions), f"{slug} {lang}: sections out of order"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_hints_split_at_level_two_headings_but_not_inside_code(tmp_path: Path) -> None:
    text = "# Title\nintro\n## First\none\n```\n## not a heading\n```\n## Second\n\ntwo\n"
    hints = parse_hints(text, tmp_path / "hints.en.md")
    assert [(h.number, h.heading) for h in hints] == [(1, "First"), (2, "Second")]
    assert "## not a heading" in hints[0].text and hints[1].text == "two"


def test_an_empty_hint_is_named_with_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(ProblemError, match=r"hints.en.md:3: the hint 'Two' has no text"):
        parse_hints("## One\ntext\n## Two\n\n## Three\nmore\n", tmp_path / "hints.en.md")


def test_a_file_without_headings_says_how_to_write_one(tmp_path: Path) -> None:
    write(tmp_path, "hints.en.md", "just some text\n")
    with pytest.raises(ProblemError, match="hints.en.md: no hints found.*'## Hint 1'"):
        read_hints(tmp_path)


def test_languages_must_have_the_same_number_of_hints(tmp_path: Path) -> None:
    write(tmp_path, "hints.en.md", "## Hint 1\na\n## Hint 2\nb\n")
    write(tmp_path, "hints.zh.md", "## 提示 1\n甲\n")
    with pytest.raises(ProblemError, match="hints.zh.md: 1 hint.*hints.en.md has 2"):
        read_hints(tmp_path, "zh")


def test_a_missing_translation_falls_back_to_english(tmp_path: Path) -> None:
    write(tmp_path, "hints.en.md", "## Hint 1\na\n")
    write(tmp_path, "editorial.en.md", "# Editorial\ntext\n")
    assert read_hints(tmp_path, "zh")[0].text == "a"
    assert read_editorial(tmp_path, "zh").startswith("# Editorial")


def test_missing_files_name_the_file_and_the_docs(tmp_path: Path) -> None:
    assert not has_hints(tmp_path) and not has_editorial(tmp_path)
    with pytest.raises(ProblemError, match=r"hints.en.md: missing; this problem has no hints"):
        read_hints(tmp_path)
    with pytest.raises(ProblemError, match=r"editorial.en.md: missing.*problem-format.md"):
        read_editorial(tmp_path, "zh")


def test_an_empty_editorial_or_bad_encoding_is_a_problem_error(tmp_path: Path) -> None:
    write(tmp_path, "editorial.en.md", " \n\n")
    with pytest.raises(ProblemError, match="editorial.en.md: the editorial is empty"):
        read_editorial(tmp_path)
    (tmp_path / "hints.en.md").write_bytes(b"## Hint 1\n\xff\xfe\n")
    with pytest.raises(ProblemError, match="hints.en.md: the hints file is not UTF-8"):
        read_hints(tmp_path)


def test_an_unknown_language_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="no language 'fr'.*en, zh"):
        read_hints(tmp_path, "fr")
