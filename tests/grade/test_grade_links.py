"""`judge grade` reads each submission once, as content: links out of the submissions folder are refused.

The attack (issue 11, item 8): a student commits ``add-two.py`` as a symbolic link to the
judge's own ``problems/add-two/reference.py``, absolute or relative, or a submitter folder
that links elsewhere. Each must be graded CE with a message that names the link, never
Accepted; an honest file and a link to a file inside the folder are judged as usual.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from classgen import PROBLEMS, SOURCES
from grade_helpers import grade_cli

from judge.grading import files

REFERENCE = PROBLEMS / "add-two" / "reference.py"


@pytest.fixture
def linked_class(tmp_path: Path) -> Path:
    root = tmp_path / "class"
    for name in ("absolute", "relative", "honest", "inside"):
        (root / name).mkdir(parents=True)
    (root / "absolute" / "add-two.py").symlink_to(REFERENCE)
    (root / "relative" / "add-two.py").symlink_to(os.path.relpath(REFERENCE, root / "relative"))
    (root / "honest" / "add-two.py").write_text(SOURCES["add_ok"], encoding="utf-8")
    (root / "inside" / "mine.txt").write_text(SOURCES["add_ok"], encoding="utf-8")
    (root / "inside" / "add-two.py").symlink_to("mine.txt")
    (root / "folder").symlink_to(PROBLEMS / "add-two", target_is_directory=True)  # holds reference.py
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "add-two.py").write_text(SOURCES["add_ok"], encoding="utf-8")
    (root / "outside").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    return tmp_path


def test_links_out_of_the_folder_are_refused(linked_class: Path) -> None:
    result = grade_cli("grade", "class", "--no-fuzz", "-j", "2", "--json", "out.json", cwd=linked_class)
    assert result.exit_code in (0, 1), result.output
    data = json.loads((linked_class / "out.json").read_text(encoding="utf-8"))
    found = {f"{r['submitter']}/{r['file']}": r for r in data["results"]}
    for key in ("absolute/add-two.py", "relative/add-two.py", "outside/add-two.py"):
        assert found[key]["verdict"] == "CE", found[key]
        assert "symbolic link" in found[key]["message"] and "outside the submissions folder" in found[key]["message"]
    assert found["honest/add-two.py"]["verdict"] == "AC"
    assert found["inside/add-two.py"]["verdict"] == "AC"  # a link within the folder is read as content
    assert not any(r["verdict"] == "AC" for k, r in found.items() if k.startswith("folder/"))


def test_read_once_refuses_a_link_to_a_problem_kept_inside_the_folder(tmp_path: Path) -> None:
    problems = tmp_path / "class" / "problems"
    problems.mkdir(parents=True)
    (problems / "reference.py").write_text("x = 1\n", encoding="utf-8")
    link = tmp_path / "class" / "add-two.py"
    link.symlink_to("problems/reference.py")
    with pytest.raises(files.Refused, match="judge's problems"):
        files.read_once(tmp_path / "class", link, [problems])


def test_read_once_refuses_what_is_not_a_small_regular_file(tmp_path: Path) -> None:
    big = tmp_path / "big.py"
    big.write_bytes(b"#" * (files.MAX_BYTES + 1))
    with pytest.raises(files.Refused, match="larger than"):
        files.read_once(tmp_path, big, [])
    fifo = tmp_path / "fifo.py"
    os.mkfifo(fifo)
    with pytest.raises(files.Refused, match="not a regular file"):
        files.read_once(tmp_path, fifo, [])
