"""The judged child's three output channels — replies, stdout, stderr — read without blocking.

The judge keeps draining all three while it waits for a reply, so the child never
blocks on a full pipe (and a flood of printing is counted against the output cap as it
comes). Only the head of stderr is kept, for the diagnostics of a crash.
"""

from __future__ import annotations

import os
import selectors
from dataclasses import dataclass, field
from typing import IO

STDERR_HEAD = 16 * 1024
MEMORY_POLL_S = 0.05  # the longest the judge waits on the channels before it reads the child again


@dataclass
class Channels:
    """What came on the channels so far; ``reply_buffer`` holds reply bytes not yet taken as lines."""

    selector: selectors.BaseSelector
    reply_buffer: bytearray = field(default_factory=bytearray)
    stdout_bytes: int = 0
    stderr_bytes: int = 0
    stderr_head: bytearray = field(default_factory=bytearray)

    @classmethod
    def open(cls, reply: int, stdout: IO[bytes], stderr: IO[bytes]) -> Channels:
        selector = selectors.DefaultSelector()
        for stream, tag in ((reply, "reply"), (stdout, "stdout"), (stderr, "stderr")):
            os.set_blocking(stream if isinstance(stream, int) else stream.fileno(), False)
            selector.register(stream, selectors.EVENT_READ, tag)
        return cls(selector)

    @property
    def output_bytes(self) -> int:
        """What the solution printed, to stdout and stderr alike: both count towards the cap."""
        return self.stdout_bytes + self.stderr_bytes

    def pump(self, wait_s: float) -> bool:
        """Read what is ready (waiting at most ``wait_s``); False once the reply channel is closed."""
        for key, _ in self.selector.select(timeout=min(wait_s, MEMORY_POLL_S)):
            fd = key.fileobj if isinstance(key.fileobj, int) else key.fileobj.fileno()  # type: ignore[union-attr]
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                continue
            if key.data == "reply":
                if not chunk:
                    return False
                self.reply_buffer += chunk
                continue
            if not chunk:
                self.selector.unregister(key.fileobj)
            if key.data == "stdout":
                self.stdout_bytes += len(chunk)
            else:
                self.stderr_bytes += len(chunk)
                if len(self.stderr_head) < STDERR_HEAD:
                    self.stderr_head += chunk[: STDERR_HEAD - len(self.stderr_head)]
        return True

    def take_line(self) -> bytes | None:
        """The next whole reply line, if one has come."""
        end = self.reply_buffer.find(b"\n")
        if end < 0:
            return None
        line = bytes(self.reply_buffer[:end])
        del self.reply_buffer[: end + 1]
        return line

    def pending(self) -> bool:
        """The child has written something the judge has not read yet (it may be blocked on a full pipe)."""
        return bool(self.reply_buffer) or bool(self.selector.select(timeout=0))

    def drain(self) -> None:
        """Read whatever is left (after the child was killed), for diagnostics."""
        while self.pump(0):
            if not self.selector.select(timeout=0):
                break

    def stderr_text(self) -> str:
        return bytes(self.stderr_head).decode("utf-8", "replace")


__all__ = ["MEMORY_POLL_S", "STDERR_HEAD", "Channels"]
