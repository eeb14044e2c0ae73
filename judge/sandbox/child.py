"""Start the harness in a child process with limits, talk to it, and clean up after it.

Two ways to run the child, chosen by ``--sandbox``:

- ``bwrap`` (Linux, the default where it works): bubblewrap with new user, PID,
  network, IPC and UTS namespaces; a read-only view of the Python installation, the
  harness and the solution file only; a private, size-capped /tmp; a cleared
  environment; a seccomp filter that refuses new processes (see ``judge.sandbox.bwrap``); the
  child dies with the judge, and killing bubblewrap ends everything in its PID
  namespace, so no process the solution started can outlive its run.
- ``process``: a plain child process in its own session with the same rlimits and
  cleared environment. It cannot hide files or the network; the judge says so in
  its output. What it starts is killed when the run ends: its descendants, its
  process group, anything carrying the run's environment marker, and — because the
  judge makes itself a child subreaper — orphans that left the session and cleared
  their environment, which the kernel re-parents to the judge instead of init
  (``judge.sandbox.proctree`` does the finding and killing).

Environment marker and reply token are two secrets: the marker (``JUDGE_RUN`` in the
child's environment) finds strays; the token, sent only over the request pipe, tags
replies. The token stops stray writes on the reply channel, not a solution that digs
it out of the harness it shares a process with, so nothing the judge decides rests on
what the child says about itself alone: CPU time and peak memory are also read from
/proc by the judge (``maxrss_kb`` in a reply is the larger of the two).

Nothing here raises for a fault of the user's code: a crash, a timeout or a
flood of output comes back as an ``Exchange`` describing what happened. A
``SandboxError`` means the sandbox itself cannot start.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import secrets
import select
import selectors
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from judge.errors import SandboxError
from judge.sandbox import bwrap as bwrap_support
from judge.sandbox import proctree

HARNESS = Path(__file__).resolve().with_name("harness.py")
FRAME_CAP = 256 * 1024 * 1024
STDERR_HEAD = 16 * 1024
ADDRESS_SPACE_SLACK_MB = 1536  # the harness reserves a 512 MB thread stack; RSS is what is limited
PASS_THROUGH_ENV = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")
MEMORY_POLL_S = 0.05
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass(frozen=True)
class Limits:
    """Limits for one child: CPU seconds for its whole life, resident memory, output bytes."""

    cpu_s: float
    memory_mb: int
    output_bytes: int
    open_files: int = 64
    file_size_bytes: int = 16 * 1024 * 1024


@dataclass
class Exchange:
    """What came back for one request: a reply, or why none did."""

    reply: dict[str, Any] | None
    wall_s: float
    timed_out: bool = False
    output_exceeded: bool = False
    frame_exceeded: bool = False
    corrupt: str | None = None
    memory_exceeded: bool = False
    exit_status: int | None = None
    signal: int | None = None
    stderr: str = ""
    output_bytes: int = 0


@dataclass
class _Streams:
    reply_buffer: bytearray = field(default_factory=bytearray)
    stdout_bytes: int = 0
    stderr_bytes: int = 0
    stderr_head: bytearray = field(default_factory=bytearray)

    @property
    def output_bytes(self) -> int:
        """What the solution printed, to stdout and stderr alike: both count towards the cap."""
        return self.stdout_bytes + self.stderr_bytes


def clean_environment(marker: str) -> dict[str, str]:
    """The only environment a solution sees: nothing from the judge's own (no CI secrets)."""
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "HOME": "/tmp",
        "TMPDIR": "/tmp",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        "JUDGE_RUN": marker,
    }
    for name in PASS_THROUGH_ENV:
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _load_libc() -> Any:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - a platform without a C library to load
        return None


# Loaded before any fork: between fork and exec only async-signal-safe work is safe,
# and importing or loading a library there can deadlock when the judge has threads.
_LIBC = _load_libc()


def _apply_limits(limits: Limits) -> None:
    """Runs in the child between fork and exec: rlimits, and die if the judge dies."""
    cpu = max(1, int(limits.cpu_s + 1))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 2))
    address = (limits.memory_mb + ADDRESS_SPACE_SLACK_MB) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (address, address))
    resource.setrlimit(resource.RLIMIT_NOFILE, (limits.open_files, limits.open_files))
    resource.setrlimit(resource.RLIMIT_FSIZE, (limits.file_size_bytes, limits.file_size_bytes))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if _LIBC is not None:
        _LIBC.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


class Child:
    """A running harness. Use ``request`` per message and ``close`` (or ``with``) at the end."""

    def __init__(self, solution: Path, limits: Limits, sandbox: str) -> None:
        self.token = secrets.token_hex(16)
        self.marker = secrets.token_hex(16)
        self.limits = limits
        self.sandbox = sandbox
        self.solution = solution.resolve()
        self.workdir = None
        request_r, self._request_w = os.pipe()
        self._reply_r, reply_w = os.pipe()
        env = clean_environment(self.marker)
        python = os.path.realpath(sys.executable)
        self._python = python
        fds = [str(request_r), str(reply_w)]
        filter_fd = None
        if sandbox == "bwrap":
            filter_fd = bwrap_support.filter_fd() if bwrap_support.availability().process_filter else None
            argv = bwrap_support.command(python, HARNESS, self.solution, filter_fd) + fds
        else:
            proctree.become_subreaper()
            argv = [python, "-I", str(HARNESS), *fds]
        self.workdir = tempfile.TemporaryDirectory(prefix="judge-run-")

        def preexec() -> None:
            _apply_limits(limits)

        try:
            with proctree.launching:  # an orphan sweep must not take a child being started for an orphan
                self.process = subprocess.Popen(
                    argv,
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    env=env,
                    cwd=self.workdir.name,
                    pass_fds=(request_r, reply_w) if filter_fd is None else (request_r, reply_w, filter_fd),
                    start_new_session=True,
                    preexec_fn=preexec,
                )
                proctree.running.add(self.process.pid)
        except OSError as exc:
            raise SandboxError(f"cannot start the solution's process ({argv[0]}): {exc}") from exc
        finally:
            os.close(request_r)
            os.close(reply_w)
            if filter_fd is not None:
                os.close(filter_fd)
        started = proctree.stat(self.process.pid)
        self._started = started.start if started is not None else 0
        self._streams = _Streams()
        self._selector = selectors.DefaultSelector()
        assert self.process.stdout is not None and self.process.stderr is not None
        for stream, tag in ((self._reply_r, "reply"), (self.process.stdout, "stdout"), (self.process.stderr, "stderr")):
            os.set_blocking(stream if isinstance(stream, int) else stream.fileno(), False)
            self._selector.register(stream, selectors.EVENT_READ, tag)
        self._closed = False
        self._watch_pid: int | None = None if sandbox == "bwrap" else self.process.pid

    def __enter__(self) -> "Child":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def alive(self) -> bool:
        return self.process.poll() is None

    def request(self, message: dict[str, Any], timeout_s: float, cpu_limit_s: float | None = None,
                serve: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> Exchange:
        """Send one request and wait for its reply: at most ``timeout_s`` seconds of wall time,
        and, if given, ``cpu_limit_s`` seconds of the child's CPU time (so a busy loop is
        stopped at its CPU limit, while a sleeping one is stopped by the wall clock).

        ``serve`` answers the child's asks for a stream's draws (replies with status
        ``draws``, see ``judge.judging.draws``) while the request runs; without it such a
        reply ends the request like any other."""
        message = dict(message, token=self.token)
        payload = (json.dumps(message, separators=(",", ":")) + "\n").encode()
        start = time.monotonic()
        deadline = start + timeout_s
        cpu_at_start = self._cpu_seconds()
        try:
            self._write_all(payload, deadline)
        except (BrokenPipeError, TimeoutError):
            return self._finish(None, start, timed_out=time.monotonic() >= deadline)
        while True:
            line = self._take_line()
            if line is not None:
                exchange = self._parse(line, start)
                if serve is None or exchange.reply is None or exchange.reply.get("status") != "draws":
                    return exchange
                try:
                    self._write_all((json.dumps(serve(exchange.reply), separators=(",", ":")) + "\n").encode(), deadline)
                except (BrokenPipeError, TimeoutError):
                    return self._finish(None, start, timed_out=time.monotonic() >= deadline)
                continue
            if len(self._streams.reply_buffer) > FRAME_CAP:
                return self._finish(None, start, frame_exceeded=True)
            if self._streams.output_bytes > self.limits.output_bytes:
                return self._finish(None, start, output_exceeded=True)
            if self._resident_bytes() > self.limits.memory_mb * 1024 * 1024:
                return self._finish(None, start, memory_exceeded=True)
            if cpu_limit_s is not None and self._cpu_seconds() - cpu_at_start > cpu_limit_s:
                return self._finish(None, start, timed_out=True)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return self._finish(None, start, timed_out=True)
            if not self._pump(remaining):
                line = self._take_line()
                if line is not None:
                    return self._parse(line, start)
                return self._finish(None, start)

    def _write_all(self, payload: bytes, deadline: float) -> None:
        view = memoryview(payload)
        os.set_blocking(self._request_w, False)
        while view:
            try:
                written = os.write(self._request_w, view)
                view = view[written:]
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError from None
                # Keep draining the child's output while it reads, so neither side blocks,
                # and write again as soon as the pipe has room (not after a fixed pause).
                self._pump(0)
                select.select([], [self._request_w], [], 0.01)

    def _pump(self, wait_s: float) -> bool:
        """Read what is ready; False once the reply channel is closed."""
        for key, _ in self._selector.select(timeout=min(wait_s, MEMORY_POLL_S)):
            fd = key.fileobj if isinstance(key.fileobj, int) else key.fileobj.fileno()  # type: ignore[union-attr]
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                continue
            if key.data == "reply":
                if not chunk:
                    return False
                self._streams.reply_buffer += chunk
            elif key.data == "stdout":
                if not chunk:
                    self._selector.unregister(key.fileobj)
                self._streams.stdout_bytes += len(chunk)
            else:
                if not chunk:
                    self._selector.unregister(key.fileobj)
                self._streams.stderr_bytes += len(chunk)
                head = self._streams.stderr_head
                if len(head) < STDERR_HEAD:
                    head += chunk[: STDERR_HEAD - len(head)]
        return True

    def _take_line(self) -> bytes | None:
        buffer = self._streams.reply_buffer
        end = buffer.find(b"\n")
        if end < 0:
            return None
        line = bytes(buffer[:end])
        del buffer[: end + 1]
        return line

    def _parse(self, line: bytes, start: float) -> Exchange:
        wall = time.monotonic() - start
        try:
            reply = json.loads(line)
        except ValueError:
            return self._finish(None, start, corrupt="the solution wrote something that is not a judge reply to the judge's channel")
        if not isinstance(reply, dict) or reply.get("token") != self.token:
            return self._finish(None, start, corrupt="the solution forged a reply on the judge's channel")
        reply["maxrss_kb"] = max(self._peak_kb(), int(reply.get("maxrss_kb") or 0))
        return Exchange(reply=reply, wall_s=wall, output_bytes=self._streams.output_bytes)

    def _harness_pid(self) -> int | None:
        """The pid of the process running the solution, once it has started.

        In process mode it is the child itself. Under bwrap it is the deepest
        descendant of the bwrap process (bwrap -> its init -> the harness), found once
        the harness has been exec'd, and then remembered.
        """
        if self._watch_pid is None:
            found = _deepest_descendant(self.process.pid)
            try:
                argv = Path(f"/proc/{found}/cmdline").read_bytes().split(b"\0")
            except OSError:
                return None
            if argv[:3] != [self._python.encode(), b"-I", str(HARNESS).encode()]:
                return None  # bwrap has not started the harness yet
            self._watch_pid = found
        return self._watch_pid

    def _resident_bytes(self) -> int:
        """Resident memory of the process running the solution (0 if unknown).

        Read from /proc while the judge waits, so a solution that allocates without
        bound is stopped at the memory limit (MLE), not left to page-fault its way
        into the CPU limit first.
        """
        pid = self._harness_pid()
        if pid is None:
            return 0
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                return int(handle.read().split()[1]) * PAGE_BYTES
        except (OSError, ValueError, IndexError):
            return 0

    def _cpu_seconds(self) -> float:
        """User + system CPU time of the harness process so far (0 if unknown)."""
        pid = self._harness_pid()
        info = proctree.stat(pid) if pid is not None else None
        return info.cpu_s if info is not None else 0.0

    def _peak_kb(self) -> int:
        """Peak resident memory of the harness and anything it started, read by the judge."""
        pid = self._harness_pid()
        observed = proctree.usage(pid) if pid is not None else None
        return observed[1] if observed is not None else 0

    def _finish(self, reply: dict[str, Any] | None, start: float, **flags: Any) -> Exchange:
        """The child gave no reply: kill it, collect its exit status and stderr."""
        wall = time.monotonic() - start
        if not flags:  # the reply channel closed: let an exiting child report its own status
            try:
                self.process.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                pass
        self.kill()
        status = self.process.returncode
        sig = None
        if status is not None and status < 0:
            sig = -status
        elif status is not None and self.sandbox == "bwrap" and status > 128:
            sig = status - 128
        stderr = bytes(self._streams.stderr_head).decode("utf-8", "replace")
        return Exchange(reply=reply, wall_s=wall, exit_status=status, signal=sig, stderr=stderr,
                        output_bytes=self._streams.output_bytes, **flags)

    def kill(self) -> None:
        """Kill the child and everything it started (bwrap takes its PID namespace with it)."""
        if self.process.poll() is None:
            proctree.kill_descendants(self.process.pid)  # while they are still its descendants
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # pragma: no cover - a kernel that ignores SIGKILL
            pass
        # Drain whatever stderr is left, for diagnostics.
        while self._pump(0):
            if not self._selector.select(timeout=0):
                break
        with proctree.launching:
            proctree.running.discard(self.process.pid)
        proctree.kill_marked(f"JUDGE_RUN={self.marker}")
        proctree.sweep_orphans(self._started)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            os.close(self._request_w)
        except OSError:
            pass
        self.kill()
        self._selector.close()
        os.close(self._reply_r)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        if self.workdir is not None:
            self.workdir.cleanup()


def _deepest_descendant(pid: int) -> int:
    """Follow first children down from ``pid`` (bwrap -> its init -> the harness)."""
    current = pid
    while True:
        children = sorted(proctree.children(current))
        if not children:
            return current
        current = children[0]
