"""The judge list table keeps tabulate's layout and wcwidth's widths without importing either."""

from __future__ import annotations

from pathlib import Path

from tabulate import tabulate
from wcwidth import wcswidth

from judge.problems.catalog import Catalog
from judge.report.listing import HEADERS, Entry, cut, display_width, layout, problem_table

ROOT = Path(__file__).resolve().parents[2]
TITLES = ["Two Sum", "两数相加", "无重复字符的最长子串", "Implement Rand10() Using Rand6()", "Café", "e\u0301", "ｆｕｌｌ", ""]


def test_display_width_agrees_with_wcwidth_on_every_title() -> None:
    catalog = Catalog(ROOT / "problems")
    titles = TITLES + [t for p in catalog.problems() for t in (p.title, p.title_zh)]
    for title in titles:
        assert display_width(title) == wcswidth(title), title


def test_the_layout_is_tabulates_simple_format() -> None:
    rows = [["", "add-two", "两数相加", "easy"], ["470", "implement-rand10-using-rand7", "Rand10", "medium"],
            ["3", "x", "", "hard"]]
    assert layout(HEADERS, rows) == tabulate(rows, headers=list(HEADERS), disable_numparse=True)
    assert layout(HEADERS, []) == tabulate([], headers=list(HEADERS), disable_numparse=True)


def test_long_titles_are_cut_to_the_width_with_an_ellipsis() -> None:
    entries = [Entry(3, "longest-substring-without-repeating-characters", "x" * 80, "medium"),
               Entry(None, "zh", "无重复字符的最长子串" * 5, "hard")]
    table = problem_table(entries, width=90)
    assert max(display_width(line) for line in table.splitlines()) <= 90
    assert "…" in table
    assert display_width(cut("无重复字符", 5)) <= 5
