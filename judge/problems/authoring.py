"""The user's solution files: where they live and how they are created.

A solution file belongs to the user. The judge creates one from a problem's stub
only when nothing is there yet, and never writes to it afterwards.
"""

from __future__ import annotations

from pathlib import Path

from judge.errors import SolutionError


def create_from_stub(stub: Path, path: Path) -> bool:
    """Copy the stub to ``path`` unless something is already there. True if created."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite what the user wrote
                handle.write(stub.read_text(encoding="utf-8"))
        except FileExistsError:
            return False
    except OSError as exc:  # FileExistsError here: a file where the folder should be
        raise SolutionError(f"cannot create the solution file {path} ({exc.strerror}); "
                            f"pass --solution PATH to put it elsewhere") from exc
    return True
