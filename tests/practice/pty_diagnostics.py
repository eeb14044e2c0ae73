"""What a pexpect child and this test process look like when a terminal test times out.

A Ctrl-C that is never acted on can come from the child (SIGINT blocked or ignored,
inherited through fork and exec), from the terminal (ISIG off, another foreground
group, another interrupt character) or from the test process itself; the failure
message then says which, instead of only "Timeout exceeded". (The case seen: pytest
started as ``pytest ... &`` from a script ignores SIGINT, and so did the judge it spawned.)
"""

from __future__ import annotations

import os
import signal
import termios
import threading
from pathlib import Path

import pexpect

_MASKS = ("SigPnd", "ShdPnd", "SigBlk", "SigIgn", "SigCgt")
_SIGNAL_FIELDS = ("State", *_MASKS)


def _names(mask: str) -> str:
    """A /proc signal mask (hex, bit n-1 for signal n) as signal names."""
    bits = int(mask, 16)
    names = [signal.Signals(n).name if n in signal.Signals._value2member_map_ else str(n)
             for n in range(1, 65) if bits >> (n - 1) & 1]
    return "[" + " ".join(names) + "]"


def _status(path: Path) -> str:
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        return f"unreadable ({exc.strerror})"
    fields = dict(line.split(":\t", 1) for line in lines if line.split(":")[0] in _SIGNAL_FIELDS)
    return " ".join(f"{name}:{_names(value) if name in _MASKS else value}" for name, value in fields.items())


def _process(pid: int) -> list[str]:
    """The signal state of ``pid`` and of each of its threads, and its terminal (pgrp, tpgid)."""
    proc = Path("/proc") / str(pid)
    lines = [f"process {pid}: {_status(proc / 'status')}"]
    try:
        fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
        lines.append(f"  pgrp {fields[2]} session {fields[3]} tty_nr {fields[4]} tpgid (foreground) {fields[5]}")
    except (OSError, IndexError):
        pass
    try:
        tasks = sorted((proc / "task").iterdir(), key=lambda task: int(task.name))
    except OSError:
        tasks = []
    for task in tasks:
        try:
            name = (task / "comm").read_text().strip()
        except OSError:
            name = "?"
        lines.append(f"  thread {task.name} {name!r}: {_status(task / 'status')}")
    return lines


def _terminal(child: pexpect.spawn) -> str:
    try:
        attributes = termios.tcgetattr(child.child_fd)
    except (termios.error, OSError) as exc:
        return f"terminal: unreadable ({exc})"
    isig = bool(attributes[3] & termios.ISIG)
    intr = attributes[6][termios.VINTR]
    from ptyprocess import ptyprocess  # what pexpect's sendintr writes

    return f"terminal: ISIG {isig}, VINTR {intr!r}; sendintr writes {ptyprocess._INTR!r}"


def _sigint_hint(pid: int) -> list[str]:
    status = _status(Path("/proc") / str(pid) / "status")
    if "SigIgn:[" in status and "SIGINT" in status.split("SigIgn:[")[1].split("]")[0]:
        return ["the child ignores SIGINT: inherited through fork and exec (was it reset before exec?)"]
    if "SigBlk:[" in status and "SIGINT" in status.split("SigBlk:[")[1].split("]")[0]:
        return ["the child blocks SIGINT: a signal mask inherited through fork and exec"]
    return []


def describe(child: pexpect.spawn) -> str:
    """A report on ``child`` (its threads, its terminal) and on this test process."""
    lines = [*_sigint_hint(child.pid), _terminal(child), *_process(child.pid)]
    blocked = sorted(sig.name for sig in signal.pthread_sigmask(signal.SIG_BLOCK, []))
    lines.append(f"test process: SIGINT handler {signal.getsignal(signal.SIGINT)!r}, "
                 f"this thread blocks {blocked or 'nothing'}")
    lines.append("test threads: " + ", ".join(thread.name for thread in threading.enumerate()))
    lines += _process(os.getpid())
    lines.append("output before the timeout: " + repr(str(child.before)[-300:]))
    return "\n".join(lines)
