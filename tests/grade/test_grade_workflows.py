"""The CI workflows in docs/ci/ work: their `judge ...` lines, run as CI would, grade a class.

The `judge` command lines are taken from each file, the CI's variables replaced
(GitHub's matrix and job total; GitLab's CI_NODE_INDEX/CI_NODE_TOTAL as the
environment), and run with bash from one folder, shard jobs first, then the
merge job: the shard files land where the artifact steps would put them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import xmlschema
from classgen import PROBLEMS, WORKFLOW_CLASS, write_class
from grade_helpers import SCHEMA, comparable, grade_cli

DOCS = Path(__file__).resolve().parents[2] / "docs" / "ci"


def judge_lines(path: Path) -> list[str]:
    """Every `judge ...` command in a workflow file (a `run:` step or a `script:` item)."""
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        text = raw.strip().removeprefix("- ").strip().removeprefix("run:").strip()
        if text.startswith("judge "):
            lines.append(text)
    return lines


def run(line: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "JUDGE_PROBLEMS": str(PROBLEMS),
                   "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}", **env}
    done = subprocess.run(["bash", "-c", line], cwd=cwd, env=environment, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, f"{line}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def graded_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The class, and its grading in one unsharded run (with the workflows' options) to compare with."""
    folder = tmp_path_factory.mktemp("workflow-class")
    write_class(folder / "submissions", WORKFLOW_CLASS)
    assert grade_cli("grade", "submissions", "-j", "2", "--json", "unsharded.json", cwd=folder).exit_code == 0
    return folder


@pytest.fixture
def classroom(graded_once: Path, tmp_path: Path) -> Path:
    """A fresh checkout holding submissions/ (and the unsharded result, which CI would not have)."""
    shutil.copytree(graded_once / "submissions", tmp_path / "submissions")
    shutil.copy(graded_once / "unsharded.json", tmp_path)
    return tmp_path


def check_merged(folder: Path) -> None:
    merged = json.loads((folder / "grades.json").read_text(encoding="utf-8"))
    unsharded = json.loads((folder / "unsharded.json").read_text(encoding="utf-8"))
    assert comparable(merged) == comparable(unsharded)
    assert len(merged["shards"]) == 3
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(folder / "grades.xml"))


def test_github_actions_workflow(classroom: Path) -> None:
    path = DOCS / "github-actions.yml"
    text = path.read_text(encoding="utf-8")
    shards = [s.strip() for s in re.search(r"shard: \[(.*?)\]", text).group(1).split(",")]
    lines = judge_lines(path)
    assert any(line.startswith("judge grade") and "--shard" in line for line in lines)
    assert any(line.startswith("judge merge") for line in lines)
    per_shard = [line for line in lines if "${{ matrix.shard }}" in line]
    for shard in shards:
        for line in per_shard:
            line = line.replace("${{ matrix.shard }}", shard).replace("${{ strategy.job-total }}", str(len(shards)))
            assert "${{" not in line, f"an expression the test does not know: {line}"
            run(line, classroom)
    summary = classroom / "step-summary.md"
    for line in lines:
        if line not in per_shard:
            assert "${{" not in line
            run(line, classroom, GITHUB_STEP_SUMMARY=str(summary))
    check_merged(classroom)
    assert summary.read_text(encoding="utf-8").startswith("## Grading results")


def test_gitlab_ci_workflow(classroom: Path) -> None:
    path = DOCS / "gitlab-ci.yml"
    total = re.search(r"parallel: (\d+)", path.read_text(encoding="utf-8")).group(1)
    lines = judge_lines(path)
    assert any(line.startswith("judge grade") and "--shard" in line for line in lines)
    per_node = [line for line in lines if "CI_NODE_INDEX" in line]
    assert per_node
    for index in range(1, int(total) + 1):
        for line in per_node:
            run(line, classroom, CI_NODE_INDEX=str(index), CI_NODE_TOTAL=total)
    for line in lines:
        if line not in per_node:
            run(line, classroom)
    check_merged(classroom)
    assert (classroom / "grades.md").read_text(encoding="utf-8").startswith("## Grading results")
