"""Run ``judge`` on a hostile file in a subprocess and collect what the attack tests assert on.

Shared by the attack tests (``test_stdio_attacks.py``, ``test_report_attacks.py``, ``test_value_attacks.py``):
the exit status, the output, and the pids of everything the run started (collected while
it runs), so a test can say that nothing is left running.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_REPORT_BYTES = 64 * 1024


@dataclass
class Run:
    status: int
    stdout: str
    stderr: str
    pids: list[int]

    @property
    def report(self) -> Any:
        return json.loads(self.stdout)

    def left_running(self) -> list[int]:
        return [pid for pid in self.pids if _alive(pid)]


def judge(args: list[str], workdir: Path, timeout_s: float = 180) -> Run:
    """``python -m judge.cli *args`` in ``workdir`` with a private HOME and history."""
    workdir.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(workdir), JUDGE_HISTORY=str(workdir / "history.db"),
               JUDGE_CACHE_DIR=str(workdir / "cache"))
    process = subprocess.Popen([sys.executable, "-m", "judge.cli", *args], cwd=workdir, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    seen: set[int] = set()
    while True:
        seen.update(_descendants(process.pid))
        try:
            out, err = process.communicate(timeout=0.05)
            break
        except subprocess.TimeoutExpired:
            continue
    return Run(process.returncode, out.decode("utf-8", "replace") if _utf8(out) else "<not UTF-8>",
               err.decode("utf-8", "replace"), sorted(seen))


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        try:
            children = Path(f"/proc/{current}/task/{current}/children").read_text().split()
        except OSError:
            continue
        found += [int(c) for c in children]
        todo += [int(c) for c in children]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")
