"""Notice when the user saves a file, by polling: no dependency, works on every platform.

A watcher is an iterator: each ``next()`` waits about one interval and yields
``"changed"`` (the file was saved since the last change reported) or ``"tick"``
(nothing new; the caller gets a chance to redraw its clock). The state compared is
(mtime, size, sha256), so a save is seen even where mtimes are coarse, and a change is
reported only once two polls agree, so a file caught half-written is not judged.
A missing file (an editor replacing it) is not a change; its reappearance is.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

Event = Literal["changed", "tick"]
State = tuple[int, int, str]
POLL_S = 0.25


def file_state(path: Path) -> State | None:
    """(mtime in ns, size, sha256) of the file, or None if it cannot be read now."""
    try:
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size, digest


class PollingWatcher:
    """Yields "changed" after each save of ``path`` (relative to its state when created), else "tick"."""

    def __init__(self, path: Path, interval_s: float = POLL_S,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.path = path
        self.interval_s = interval_s
        self.sleep = sleep
        self._reported = file_state(path)
        self._pending: State | None = None

    def __iter__(self) -> Iterator[Event]:
        return self

    def __next__(self) -> Event:
        self.sleep(self.interval_s)
        return self.poll()

    def poll(self) -> Event:
        """Look once, without waiting."""
        state = file_state(self.path)
        if state is None or state == self._reported:
            self._pending = None
            return "tick"
        if state != self._pending:  # seen for the first time: wait one more poll for it to settle
            self._pending = state
            return "tick"
        self._reported, self._pending = state, None
        return "changed"
