"""The judge as users install it: a built wheel, run from a folder that is not the repository.

The wheel is installed with ``pip install --target`` and put first on PYTHONPATH (its
dependencies come from the test environment), so what runs is the installed copy with
its packaged problems, not the repository's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fixture_paths import FIXTURE_PROBLEMS

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheel")
    target = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    wheel = next(wheels.glob("judge-*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


def judge(site: Path, cwd: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "JUDGE_PROBLEMS"}
    environ.update(env or {}, PYTHONPATH=str(site))
    return subprocess.run([sys.executable, "-m", "judge.cli", *args], cwd=cwd, env=environ, text=True,
                          capture_output=True, timeout=300)


def test_the_installed_judge_is_the_wheel_not_the_repository(installed: Path, tmp_path: Path) -> None:
    shown = subprocess.run([sys.executable, "-c", "import judge; print(judge.__file__)"], cwd=tmp_path, text=True,
                           capture_output=True, env={**os.environ, "PYTHONPATH": str(installed)}, check=True)
    assert Path(shown.stdout.strip()).is_relative_to(installed)


def test_list_start_run_work_from_any_folder(installed: Path, tmp_path: Path) -> None:
    listed = judge(installed, tmp_path, "list")
    assert listed.returncode == 0, listed.stderr
    assert "minimum-window-substring" in listed.stdout and "from " not in listed.stdout
    started = judge(installed, tmp_path, "start", "344")
    assert started.returncode == 0, started.stderr
    solution = tmp_path / "solutions" / "reverse-string.py"
    assert solution.is_file()
    solution.write_text("class Solution:\n    def reverseString(self, s):\n        s.reverse()\n", encoding="utf-8")
    ran = judge(installed, tmp_path, "run", "344", "--fuzz-examples", "20", "--no-record", "--format", "json")
    assert ran.returncode == 0, ran.stderr
    assert json.loads(ran.stdout)["verdict"] == "AC"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["solutions"], "nothing else is written to the folder"


def test_more_problem_folders_come_first_and_say_where_from(installed: Path, tmp_path: Path) -> None:
    listed = judge(installed, tmp_path, "--problems", str(FIXTURE_PROBLEMS), "list",
                   env={"JUDGE_PROBLEMS": str(FIXTURE_PROBLEMS)})
    assert listed.returncode == 0, listed.stderr
    assert f"from {FIXTURE_PROBLEMS} (--problems)" in listed.stdout
    assert "built-in problems:" in listed.stdout
    assert listed.stdout.index("add-two") < listed.stdout.index("minimum-window-substring")
