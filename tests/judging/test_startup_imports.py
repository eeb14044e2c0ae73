"""Heavy modules stay out of commands that do not need them (start-up time, and NumPy only for NumPy problems)."""

from __future__ import annotations

import json
import subprocess
import sys

from fixture_paths import FIXTURE_PROBLEMS

PROBE = """
import json, sys
from judge.cli import main
try:
    main(sys.argv[1:], prog_name="judge")
except SystemExit:
    pass
print(json.dumps({name: name in sys.modules for name in ("numpy", "hypothesis")}), file=sys.stderr)
"""


def loaded(*args: str) -> dict[str, bool]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=False)
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_help_and_list_import_neither_numpy_nor_hypothesis():
    assert loaded("--help") == {"numpy": False, "hypothesis": False}
    assert loaded("list") == {"numpy": False, "hypothesis": False}


def test_judging_a_plain_problem_without_fuzzing_imports_neither(tmp_path):
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    found = loaded("--problems", str(FIXTURE_PROBLEMS), "run", "add-two", "--solution", str(solution),
                   "--no-fuzz", "--no-record")
    assert found == {"numpy": False, "hypothesis": False}


def test_fuzzing_a_plain_problem_does_not_import_numpy(tmp_path):
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    found = loaded("--problems", str(FIXTURE_PROBLEMS), "run", "add-two", "--solution", str(solution),
                   "--no-record", "--fuzz-examples", "20")
    assert found == {"numpy": False, "hypothesis": True}
