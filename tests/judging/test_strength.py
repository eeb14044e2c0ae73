"""`judge check --strength` on a tiny fixture problem (tests/fixtures/problems_strength/add-small).

Its three known wrong submissions: one rejected by two cases, one by a single case
(a single point of failure), one by no case but by fuzzing over 0..9.
"""

from __future__ import annotations

from fixture_paths import STRENGTH_PROBLEMS

from judge.problems.catalog import Catalog
from judge.problems.strength import measure, render_strength


def _report():
    problem = Catalog(STRENGTH_PROBLEMS).resolve("add-small")
    return measure([problem], "process", seeds=(1, 2), examples=30)


def test_cases_single_points_and_fuzzing_are_reported() -> None:
    report = _report()
    by_item = {s.item: s for s in report.items}
    assert set(by_item) == {"wrong_answer/subtracts.py", "wrong_answer/seven_is_special.py",
                            "wrong_answer/four_is_special.py"}
    assert by_item["wrong_answer/subtracts.py"].catching_cases == ("sevens", "nines")
    assert by_item["wrong_answer/seven_is_special.py"].single_point
    assert not by_item["wrong_answer/four_is_special.py"].caught_by_cases
    assert all(s.fuzz_seeds == (1, 2) for s in report.items)
    text = render_strength(report)
    assert "add-small" in text and "2/3" in text and "2/3 on every seed" not in text
    assert "seven_is_special.py is rejected by one case only (sevens); backed: fuzzing alone" in text
    assert "1 (1 backed by fuzzing)" in text
    assert "four_is_special.py is NOT rejected by the cases" in text


def test_the_cli_flag_prints_the_strength_table(cli) -> None:
    result = cli("check", "add-small", "--strength", "--no-fuzz", "--sandbox", "process", problems=STRENGTH_PROBLEMS)
    assert "Strength (known wrong submissions)" in result.stdout
    assert "single points" in result.stdout and "not fuzzed" in result.stdout
    # not fuzzed, so nothing backs the single point: the report says what to do
    assert "seven_is_special.py is rejected by one case only (sevens); back it with a second case" in result.stdout
