"""Generate a class of submissions for the fixture problems in tests/fixtures/problems_grade.

Each source is named for what it does and the verdict it must get; a class is a
folder SUBMISSIONS/<submitter>/<file>.py with file names in the styles students use
(slug, snake_case, LeetCode number, a version suffix, a number-and-name prefix).
"""

from __future__ import annotations

from pathlib import Path

PROBLEMS = Path(__file__).resolve().parent.parent / "fixtures" / "problems_grade"

SOURCES = {
    "add_ok": "class Solution:\n    def add(self, a, b):\n        return a + b\n",
    "add_function_ok": "def add_two(a, b):\n    return b + a\n",
    "add_wrong": "class Solution:\n    def add(self, a, b):\n        return a - b\n",
    "add_sleeps": ("import time\n\nclass Solution:\n    def add(self, a, b):\n        time.sleep(30)\n"
                   "        return a + b\n"),
    "add_crashes": "class Solution:\n    def add(self, a, b):\n        return [a][b]\n",
    "add_syntax": "class Solution:\n    def add(self, a, b)\n        return a + b\n",
    "add_exits_at_import": ("import sys\nsys.exit(0)\n\nclass Solution:\n    def add(self, a, b):\n"
                            "        return a + b\n"),
    "add_hard_exit": "import os\n\nclass Solution:\n    def add(self, a, b):\n        os._exit(0)\n",
    "add_control_chars": ("class Solution:\n    def add(self, a, b):\n        print('\\x00\\x1b[31m\\x07 <&> ]]>')\n"
                          "        return a * b\n"),
    "sum_ok": "class Solution:\n    def total(self, nums):\n        return sum(nums)\n",
    "sum_wrong": "class Solution:\n    def total(self, nums):\n        return sum(nums[1:])\n",
    "sum_loops": "class Solution:\n    def total(self, nums):\n        while True:\n            pass\n",
    "sum_floods_output": ("class Solution:\n    def total(self, nums):\n        print('x' * 4_000_000)\n"
                          "        return sum(nums)\n"),
    "sum_exits_at_import": "raise SystemExit(3)\n",
}

# submitter -> {file name: source key}; the expected verdict is in the test that uses it.
MIXED_CLASS = {
    "alice": {"add_two.py": "add_ok", "sum-list.py": "sum_ok"},
    "bob": {"9999.py": "add_wrong", "sum_list_v2.py": "sum_loops"},
    "carol": {"add-two.py": "add_crashes", "lc9998.py": "sum_exits_at_import", "notes.py": "add_ok"},
    "dave": {"add_two_final.py": "add_syntax", "9998-sum-list.py": "sum_floods_output"},
    "erin": {"add.py": "add_exits_at_import", "sum_list.py": "sum_wrong"},
    "frank": {"9999_v2.py": "add_hard_exit", "sum_list.py": "sum_ok", "helper.py": "sum_ok"},
    "grace": {"add_two.py": "add_control_chars", "add_two_v1.py": "add_function_ok"},
    "heidi": {"add-two.py": "add_sleeps"},
}

EXPECTED = {
    "alice/add_two.py": "AC", "alice/sum-list.py": "AC",
    "bob/9999.py": "WA", "bob/sum_list_v2.py": "TLE",
    "carol/add-two.py": "RE", "carol/lc9998.py": "RE",
    "dave/add_two_final.py": "CE", "dave/9998-sum-list.py": "OLE",
    "erin/add.py": "RE", "erin/sum_list.py": "WA",
    "frank/9999_v2.py": "RE", "frank/sum_list.py": "AC",
    "grace/add_two.py": "WA", "grace/add_two_v1.py": "AC",
    "heidi/add-two.py": "TLE",
}
UNMATCHED = {"carol/notes.py", "frank/helper.py"}

# Fast submissions only (no TLE): for the tests that grade a class several times.
QUICK_CLASS = {
    f"student{n:02d}": {"add_two.py": ["add_ok", "add_wrong", "add_crashes"][n % 3],
                        "9998.py": ["sum_ok", "sum_wrong"][n % 2]}
    for n in range(5)
} | {"zed": {"readme_draft.py": "sum_ok"}}

# Smaller still, for the CI workflow tests (each shard is a process of its own).
WORKFLOW_CLASS = {
    "ann": {"add_two.py": "add_ok", "9998.py": "sum_wrong"},
    "ben": {"add-two.py": "add_crashes", "sum_list.py": "sum_ok"},
    "cyd": {"9999.py": "add_wrong", "notes.py": "add_ok"},
}


def write_class(root: Path, layout: dict[str, dict[str, str]]) -> Path:
    """Write ``layout`` under ``root`` and return ``root``."""
    for submitter, files in layout.items():
        folder = root / submitter
        folder.mkdir(parents=True, exist_ok=True)
        for name, key in files.items():
            (folder / name).write_text(SOURCES[key], encoding="utf-8")
    return root
