"""``judge --help`` from the cache prints exactly what Click prints, and only when nothing it depends on changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from judge.cli import help_cache

# Runs the console script's entry point, then says on stderr whether Click was imported.
PROBE = """
import sys
from judge.cli import run_main
sys.argv = ["judge", *sys.argv[1:]]
try:
    run_main()
except SystemExit:
    pass
sys.stdout.flush()
print("click" in sys.modules, file=sys.stderr)
"""


def help_run(cache: Path, columns: str, *args: str) -> tuple[bytes, bool]:
    env = {**os.environ, "JUDGE_CACHE_DIR": str(cache), "COLUMNS": columns, "LINES": "40"}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, env=env, check=True)
    return done.stdout, done.stderr.decode().strip().splitlines()[-1] == "True"


def test_the_cached_help_is_clicks_byte_for_byte(tmp_path: Path) -> None:
    rendered, used_click = help_run(tmp_path, "100", "--help")
    cached, used_click_again = help_run(tmp_path, "100", "-h")
    assert used_click and not used_click_again
    assert cached == rendered and b"Usage: judge [OPTIONS] COMMAND" in cached


def test_another_width_is_rendered_by_click_not_served_from_the_cache(tmp_path: Path) -> None:
    wide, _ = help_run(tmp_path, "100", "--help")
    narrow, used_click = help_run(tmp_path, "60", "--help")
    assert used_click and narrow != wide
    again, used_click_again = help_run(tmp_path, "60", "--help")
    assert again == narrow and not used_click_again


def test_other_arguments_never_use_the_cache(tmp_path: Path) -> None:
    help_run(tmp_path, "100", "--help")
    _, used_click = help_run(tmp_path, "100", "list", "--help")
    assert used_click


def test_a_changed_source_file_changes_the_key(tmp_path: Path) -> None:
    module = tmp_path / "pkg" / "mod.py"
    module.parent.mkdir()
    module.write_text("x = 1\n")
    before = help_cache._sources(str(tmp_path))
    os.utime(module, ns=(0, module.stat().st_mtime_ns + 1_000_000))
    assert help_cache._sources(str(tmp_path)) != before


def test_the_key_covers_the_judge_and_click_sources_and_the_terminal(monkeypatch) -> None:
    key = help_cache.key("judge")
    assert key is not None
    assert os.path.join("judge", "cli", "problems.py") in key and os.path.join("click", "core.py") in key
    monkeypatch.setenv("COLUMNS", "123")
    assert help_cache.key("judge") != key


def test_a_stale_cache_is_not_used(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path))
    (tmp_path / "help").mkdir()
    (tmp_path / "help" / "judge.txt").write_text("some other key\n\x01\nstale text", encoding="utf-8")
    assert not help_cache.answer("judge", ["--help"])
    assert capsys.readouterr().out == ""


def list_run(cache: Path, cwd: Path, *args: str, problems_env: str = "", check: bool = True) -> tuple[bytes, bool]:
    env = {**os.environ, "JUDGE_CACHE_DIR": str(cache), "COLUMNS": "100", "LINES": "40",
           "JUDGE_PROBLEMS": problems_env}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, env=env, check=check, cwd=cwd)
    return done.stdout, done.stderr.decode().strip().splitlines()[-1] == "True"


def copy_problem(source: Path, target: Path) -> None:
    import shutil

    shutil.copytree(source, target, ignore=shutil.ignore_patterns("submissions", "__pycache__"))


def test_the_cached_listing_is_the_commands_byte_for_byte(tmp_path: Path) -> None:
    rendered, used_click = list_run(tmp_path / "cache", tmp_path, "list")
    cached, used_click_again = list_run(tmp_path / "cache", tmp_path, "list")
    assert used_click and not used_click_again
    assert cached == rendered and b"minimum-window-substring" in cached
    chinese, used_click_zh = list_run(tmp_path / "cache", tmp_path, "list", "--lang=zh")
    assert used_click_zh and chinese != cached
    assert list_run(tmp_path / "cache", tmp_path, "list", "--lang", "zh") == (chinese, False)


def test_a_new_edited_or_removed_problem_is_listed_not_the_stale_text(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    builtin = Path(__file__).resolve().parents[2] / "problems"
    copy_problem(builtin / "reverse-string", mine / "reverse-string-copy")
    first, _ = list_run(tmp_path / "cache", tmp_path, "--problems", str(mine), "list")
    assert b"reverse-string-copy" in first
    copy_problem(builtin / "reverse-string-ii", mine / "another-copy")
    added, used_click = list_run(tmp_path / "cache", tmp_path, "--problems", str(mine), "list")
    assert used_click and b"another-copy" in added
    toml = mine / "another-copy" / "problem.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace('title = "', 'title = "Edited ', 1), encoding="utf-8")
    edited, used_click = list_run(tmp_path / "cache", tmp_path, "--problems", str(mine), "list")
    assert used_click and b"Edited " in edited
    import shutil

    shutil.rmtree(mine / "another-copy")
    removed, used_click = list_run(tmp_path / "cache", tmp_path, "--problems", str(mine), "list")
    assert used_click and b"another-copy" not in removed and removed == first
    (mine / "reverse-string-copy" / "data" / "sample.jsonl").unlink()
    broken, used_click = list_run(tmp_path / "cache", tmp_path, "--problems", str(mine), "list", check=False)
    assert used_click and broken == b""


def test_the_problem_path_list_and_the_folder_are_in_the_listings_key(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    copy_problem(Path(__file__).resolve().parents[2] / "problems" / "reverse-string", mine / "from-env")
    list_run(tmp_path / "cache", tmp_path, "list")
    with_env, used_click = list_run(tmp_path / "cache", tmp_path, "list", problems_env=str(mine))
    assert used_click and b"from-env" in with_env
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _, used_click = list_run(tmp_path / "cache", elsewhere, "list", problems_env=str(mine))
    assert used_click


def test_only_plain_listings_are_recognised() -> None:
    assert help_cache.list_arguments(["list"]) == ((), "en")
    assert help_cache.list_arguments(["--problems", "a", "--problems=b", "list", "--lang", "zh"]) == (("a", "b"), "zh")
    for argv in (["list", "--help"], ["list", "--lang", "fr"], ["list", "extra"], ["--problems"], ["run", "list"],
                 ["--problemsX", "list"], []):
        assert help_cache.list_arguments(argv) is None, argv
