"""`judge hint`, `judge show --editorial` and `judge new`: thin commands over the library."""

from __future__ import annotations

from pathlib import Path

from fixture_paths import REAL_PROBLEMS

from judge.practice.history import History, history_path
from judge.problems.hints import read_editorial, read_hints
from judge.verdict import JudgeResult, Verdict

SLUG = "minimum-window-substring"


def test_hint_reveals_the_next_hint_each_call_and_remembers_it(cli):
    hints = read_hints(REAL_PROBLEMS / SLUG)
    first = cli("hint", "76", problems=REAL_PROBLEMS)
    assert first.exit_code == 0
    assert f"Hint 1 of {len(hints)}" in first.output and hints[0].text in first.output
    assert hints[1].text not in first.output
    second = cli("hint", "76", problems=REAL_PROBLEMS)
    assert f"Hint 2 of {len(hints)}" in second.output and hints[0].text not in second.output
    assert History(history_path()).hints_shown(SLUG) == 2
    everything = cli("hint", "76", "--all", "--lang", "zh", problems=REAL_PROBLEMS)
    assert all(h.text in everything.output for h in read_hints(REAL_PROBLEMS / SLUG, "zh"))
    assert "last hint" in everything.output
    assert "hidden again" in cli("hint", "76", "--reset", problems=REAL_PROBLEMS).output
    assert f"Hint 1 of {len(hints)}" in cli("hint", "76", problems=REAL_PROBLEMS).output


def test_the_editorial_waits_for_an_accepted_run_unless_forced(cli, tmp_path):
    text = read_editorial(REAL_PROBLEMS / SLUG).strip()
    refused = cli("show", "76", "--editorial", problems=REAL_PROBLEMS)
    assert refused.exit_code == 1 and text not in refused.output
    assert "after an Accepted run" in refused.output and "--force" in refused.output
    forced = cli("show", "76", "--editorial", "--force", problems=REAL_PROBLEMS)
    assert forced.exit_code == 0 and text in forced.output
    from judge.practice.history import attempt_from_result

    accepted = JudgeResult(problem=SLUG, solution="s.py", verdict=Verdict.AC, passed=1, total=1, time_ms=1.0,
                           memory_kb=1, cases=(), sandbox="process")
    History(history_path()).add_attempt(attempt_from_result(accepted, tmp_path / "s.py"))
    shown = cli("show", "76", "--editorial", problems=REAL_PROBLEMS)
    assert shown.exit_code == 0 and text in shown.output


def test_new_scaffolds_into_dir_and_names_the_next_steps(cli, tmp_path):
    result = cli("new", "two-sum", "--dir", str(tmp_path), "--entry", "twoSum", "--params", "nums, target")
    assert result.exit_code == 0, result.output
    assert "def twoSum(self, nums, target):" in (tmp_path / "two-sum" / "stub.py").read_text(encoding="utf-8")
    assert f"judge --problems {tmp_path} check two-sum" in result.output
    again = cli("new", "two-sum", "--dir", str(tmp_path))
    assert again.exit_code == 2 and "already exists" in again.output


def test_new_defaults_to_the_first_problems_folder(cli, tmp_path: Path):
    result = cli("new", "Two_Sum", problems=tmp_path)
    assert result.exit_code == 2 and "did you mean 'two-sum'" in result.output
    assert cli("new", "two-sum", problems=tmp_path).exit_code == 0
    assert (tmp_path / "two-sum" / "problem.toml").is_file()
