"""Read a submission once, as content, from inside the submissions folder.

A student controls what sits in their folder, including symbolic links: a
``minimum-window-substring.py`` that links to the judge's own
``problems/minimum-window-substring/reference.py`` (an absolute or a relative
link; CI install paths are easy to guess) must not be graded Accepted. So:

- a link (to the file, or to a submitter's folder) is followed only when the
  file it finally leads to is inside the submissions folder and not inside a
  problem folder (should one be kept there); any other link is refused, with a
  message that says so (the grader records it as a Compile Error);
- the file is opened once, without following a last link (``O_NOFOLLOW`` on the
  resolved path), checked to be a regular file of at most ``MAX_BYTES``, and read;
- the judge then judges a private copy of those bytes (:func:`private_copy`), so
  no later step re-opens a path the student controls.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from judge.grading.gradebook import Graded

MAX_BYTES = 1024 * 1024


class Refused(Exception):
    """A submission the grader will not read; the message says why, for the student."""


def read_once(root: Path, path: Path, problem_roots: list[Path]) -> bytes:
    """The bytes of ``path`` (a file under ``root``), following a link only within ``root``."""
    base = Path(os.path.realpath(root))
    target = Path(os.path.realpath(path))
    if path.is_symlink() or target != Path(os.path.abspath(path)):
        where = _describe_link(path)
        if not _inside(target, base):
            raise Refused(f"{path.name} is a symbolic link{where} to a file outside the submissions folder; "
                          f"links are not followed: submit the file itself")
        for problems in problem_roots:  # problem folders kept inside the submissions folder
            if _inside(target, Path(os.path.realpath(problems))):
                raise Refused(f"{path.name} is a symbolic link{where} to a file of the judge's problems; "
                              f"submit your own file")
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as exc:
        raise Refused(f"{path.name} cannot be read: {exc.strerror}") from exc
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise Refused(f"{path.name} is not a regular file")
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise Refused(f"{path.name} is larger than {MAX_BYTES // 1024} kB; a solution is a short Python file")
    return data


@contextlib.contextmanager
def private_copy(name: str, data: bytes, submitter: str = "") -> Iterator[Path]:
    """``data`` in ``<a folder of the judge's own>/<submitter>/<name>``, removed afterwards
    (the submitter's folder name keeps tracebacks and reports readable)."""
    with tempfile.TemporaryDirectory(prefix="judge-submission-") as folder:
        path = Path(folder) / Path(submitter).name / Path(name).name
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        path.chmod(0o444)
        yield path


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _describe_link(path: Path) -> str:
    try:
        return f" (to {os.readlink(path)})"
    except OSError:
        return " (through a linked folder)"


def renamed(graded: Graded, copy: str, original: str) -> Graded:
    """``graded`` with the private copy's path written as the submission's own (tracebacks, messages)."""

    def fix(value: Any) -> Any:
        return value.replace(copy, original) if isinstance(value, str) else value

    def fix_case(case: dict[str, Any] | None) -> dict[str, Any] | None:
        return None if case is None else {key: fix(value) for key, value in case.items()}

    return replace(graded, message=fix(graded.message), failing_case=fix_case(graded.failing_case),
                   minimal_case=fix_case(graded.minimal_case))
