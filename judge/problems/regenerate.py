"""Two authoring checks for ``judge check``: fuzzing strategies are real, and ``generate.py`` reproduces ``data/``.

- ``strategies_warning``: a problem without ``strategies.py``, without an ``inputs()``
  function in it, or still carrying the scaffold's ``TEMPLATE_PLACEHOLDER = True`` (it
  only replays the samples) is fuzzed weakly or not at all. A warning, not a failure:
  the cases alone still judge.
- ``generate_differences``: the problem folder is copied to a temporary folder, its
  ``data/secret/`` removed, and ``generate.py`` run there (with this Python, so it can
  import ``judge.problems.generating``); every file under ``data/`` must come out byte
  for byte the same. A hand-edited case file, or a generator that is no longer
  deterministic, is caught here. The problem's own folder is never written.
"""

from __future__ import annotations

import ast
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from judge.problems.problem import Problem

GENERATE_TIMEOUT_S = 600.0
PLACEHOLDER = "TEMPLATE_PLACEHOLDER"


def strategies_warning(problem: Problem) -> str | None:
    """Why fuzzing this problem is weak (None when ``strategies.py`` defines real ``inputs()``)."""
    path = problem.root / "strategies.py"
    if not path.is_file():
        return "no strategies.py: judge run cannot fuzz solutions against the reference"
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"))
    except (SyntaxError, UnicodeDecodeError, OSError) as exc:
        return f"strategies.py cannot be read: {exc}"
    names = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assigned = {t.id for n in tree.body if isinstance(n, ast.Assign) for t in n.targets if isinstance(t, ast.Name)}
    if "inputs" not in names:
        return "strategies.py defines no inputs(): judge run cannot fuzz solutions against the reference"
    if PLACEHOLDER in assigned:
        return (f"strategies.py is still the template's ({PLACEHOLDER} = True): fuzzing only replays the samples; "
                f"write inputs() and delete that line")
    return None


def generate_differences(problem: Problem) -> list[str] | None:
    """What differs between ``data/`` and a fresh run of ``generate.py`` (None when there is no generate.py)."""
    script = problem.root / "generate.py"
    if not script.is_file():
        return None
    with tempfile.TemporaryDirectory(prefix="judge-generate-") as scratch:
        copy = Path(scratch) / problem.root.name
        shutil.copytree(problem.root, copy, ignore=shutil.ignore_patterns("__pycache__", "submissions"))
        shutil.rmtree(copy / "data" / "secret", ignore_errors=True)
        try:
            done = subprocess.run([sys.executable, str(copy / "generate.py")], cwd=scratch, capture_output=True,
                                  text=True, timeout=GENERATE_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired:
            return [f"generate.py did not finish within {GENERATE_TIMEOUT_S:.0f} s"]
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            return [f"generate.py failed (exit {done.returncode}): {tail}"]
        return _compare(problem.root / "data", copy / "data")


def _compare(kept: Path, fresh: Path) -> list[str]:
    """Files that are missing, extra or different under ``fresh`` compared with ``kept``, by relative path."""
    ours = {p.relative_to(kept) for p in kept.rglob("*") if p.is_file()}
    theirs = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    problems = [f"data/{p} is not written by generate.py" for p in sorted(ours - theirs)]
    problems += [f"generate.py writes data/{p}, which is not in the problem" for p in sorted(theirs - ours)]
    for path in sorted(ours & theirs):
        if not filecmp.cmp(kept / path, fresh / path, shallow=False):
            problems.append(f"data/{path} differs from what generate.py writes{_first_line(kept / path, fresh / path)}")
    return problems


def _first_line(kept: Path, fresh: Path) -> str:
    old = kept.read_text(encoding="utf-8", errors="replace").splitlines()
    new = fresh.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, (a, b) in enumerate(zip(old, new), 1):
        if a != b:
            return f" (first at line {number})"
    return f" ({len(old)} lines, generate.py writes {len(new)})"


__all__ = ["generate_differences", "strategies_warning"]
