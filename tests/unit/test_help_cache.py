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
