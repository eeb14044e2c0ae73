"""Usage errors: exit status 2 and one line naming the fix, never a traceback."""

from __future__ import annotations

import shutil

from fixture_paths import FIXTURE_PROBLEMS


def test_unknown_problem_suggests_the_nearest(cli):
    result = cli("run", "add-tow")
    assert result.exit_code == 2
    assert "did you mean 'add-two'" in result.output
    assert "Traceback" not in result.output


def test_problem_by_number_and_prefix(cli, write_solution):
    path = write_solution("def add(a, b):\n    return a + b\n")
    for name in ("9999", "add", "add_two"):
        result = cli("run", name, "--solution", str(path), "--no-fuzz", "--no-record")
        assert result.exit_code == 0, (name, result.output)


def test_missing_solution_says_how_to_create_it(cli, tmp_path):
    result = cli("run", "add-two", "--solution", str(tmp_path / "nope.py"))
    assert result.exit_code == 2
    assert "judge start add-two" in result.output


def test_default_solution_path_and_start_never_overwrites(cli, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = cli("start", "add-two")
    assert first.exit_code == 0 and "created solutions/add-two.py" in first.output
    target = tmp_path / "solutions" / "add-two.py"
    target.write_text("def add(a, b):\n    return a + b\n")
    second = cli("start", "9999")
    assert second.exit_code == 0 and "kept your existing" in second.output
    assert target.read_text() == "def add(a, b):\n    return a + b\n"
    judged = cli("run", "add-two", "--no-fuzz", "--no-record")
    assert judged.exit_code == 0, judged.output


def test_malformed_case_file_names_file_and_line(cli, tmp_path, write_solution):
    problems = tmp_path / "problems"
    shutil.copytree(FIXTURE_PROBLEMS / "add-two", problems / "add-two")
    case_file = problems / "add-two" / "data" / "secret" / "01-basic.jsonl"
    lines = case_file.read_text().splitlines()
    lines[1] = '{"args": [1, 2], "expected": 3'
    case_file.write_text("\n".join(lines) + "\n")
    path = write_solution("def add(a, b):\n    return a + b\n")
    result = cli("run", "add-two", "--solution", str(path), "--no-record", problems=problems)
    assert result.exit_code == 2
    assert f"{case_file}:2: not valid JSON" in result.output


def test_list_and_show(cli):
    listed = cli("list")
    assert listed.exit_code == 0 and "add-two" in listed.output and "Add Two Numbers" in listed.output
    assert cli("list", "--lang", "zh").output.count("两数相加") == 1
    shown = cli("show", "9999", "--lang", "zh")
    assert shown.exit_code == 0 and "两数相加" in shown.output


def test_every_command_has_help_with_an_example(cli):
    import click

    from judge.cli import main

    names = main.list_commands(click.Context(main))
    assert {"hint", "new", "show", "run", "grade"} <= set(names)
    for name in names:
        command = main.get_command(click.Context(main), name)
        assert command.help, f"judge {name} has no help"
        assert "Example" in command.help, f"judge {name} help has no example"
        result = cli(name, "--help")
        assert result.exit_code == 0


def test_problems_folder_that_does_not_exist(cli, tmp_path):
    result = cli("list", problems=tmp_path / "missing")
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_doctor_reports_the_sandbox(cli):
    result = cli("doctor")
    assert result.exit_code == 0
    assert "bwrap:" in result.output and "default sandbox" in result.output


def test_unwritable_history_warns_but_keeps_the_verdict(cli, write_solution, monkeypatch, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("JUDGE_HISTORY", str(blocker / "history.sqlite3"))
    path = write_solution("def add(a, b):\n    return a + b\n")
    result = cli("run", "add-two", "--solution", str(path), "--no-fuzz")
    assert result.exit_code == 0
    assert result.stdout.startswith("Accepted (AC)")
    assert "warning: not recorded in the history" in result.stderr
