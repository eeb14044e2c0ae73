"""Start the harness in a child process with limits, talk to it, and clean up after it.

Two ways to run the child, chosen by ``--sandbox``:

- ``bwrap`` (Linux, the default where it works): bubblewrap with new user, PID,
  network, IPC and UTS namespaces; a read-only view of the Python installation, the
  harness and the solution file only; a private, size-capped /tmp; a cleared
  environment; a seccomp filter that refuses new processes (see ``judge.sandbox.bwrap``); the
  child dies with the judge process (forked by a thread that lives as long as it:
  ``judge.sandbox.launcher``), and killing bubblewrap ends everything in its PID namespace.
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
what the child says about itself: every reply is parsed as hostile input
(``judge.sandbox.protocol``), and the CPU time and memory in an ``Exchange`` are the
judge's own readings of the whole child (``judge.sandbox.meter``). A request's CPU
time is everything the child used since the previous reply (all threads, all
processes), so work a solution leaves running between requests is charged to the next.
Each child gets a cgroup of its own where the machine allows (``judge.sandbox.cgroup``).

Nothing here raises for a fault of the user's code: a crash, a timeout or a
flood of output comes back as an ``Exchange`` describing what happened. A
``SandboxError`` means the sandbox itself cannot start.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import select
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from judge.errors import SandboxError
from judge.sandbox import bwrap as bwrap_support
from judge.sandbox import launcher, proctree
from judge.sandbox.channels import Channels
from judge.sandbox.limits import Limits, apply_limits, clean_environment
from judge.sandbox.meter import CgroupMeter, Meter, ProcMeter, new_cgroup
from judge.sandbox.stall import StallWatch
from judge.sandbox.protocol import FRAME_CAP, MalformedReply, Reply, Status, load_request, parse_reply, request_line

if TYPE_CHECKING:
    from judge.problems.problem import Problem

HARNESS = Path(__file__).resolve().with_name("harness")  # a package the child runs: python -I HARNESS
Serve = Callable[[dict[str, Any]], dict[str, Any]]  # answers a child's ask mid-request (a stream's draws)
CHECK_EVERY_S = 0.01  # how often the judge reads the child's CPU time and memory while it waits
SETTLE_S = 0.01  # how long the judge waits for the harness to block after a reply, before reading its CPU time


@dataclass
class Exchange:
    """What came back for one request: a validated reply, or why none did, and what the judge
    measured: ``cpu_s`` (the whole child's CPU time since the previous reply), ``peak_kb``."""

    reply: Reply | None
    wall_s: float
    cpu_s: float = 0.0
    peak_kb: int = 0
    timed_out: bool = False
    output_exceeded: bool = False
    frame_exceeded: bool = False
    corrupt: str | None = None
    memory_exceeded: bool = False
    exit_status: int | None = None
    signal: int | None = None
    stderr: str = ""
    output_bytes: int = 0
    stalled: bool = False  # stopped at the wall clock while waiting on itself, not starved (judge.sandbox.stall)


class LoadFailed(Exception):
    """The solution did not load (compile error, crash at import, time-out): ``exchange`` says how.

    ``Child.load`` raises it so that no caller can go on to send cases to a child whose
    solution is not there."""

    def __init__(self, exchange: Exchange) -> None:
        super().__init__("the solution did not load")
        self.exchange = exchange


class Child:
    """A running harness. ``load`` once, then ``request`` per case; ``close`` (or ``with``) at the end."""

    def __init__(self, solution: Path, limits: Limits, sandbox: str) -> None:
        self.token = secrets.token_hex(16)
        self.marker = secrets.token_hex(16)
        self.limits = limits
        self.sandbox = sandbox
        self.solution = solution.resolve()
        self.workdir = None
        self.loaded = False
        request_r, self._request_w = os.pipe()
        self._reply_r, reply_w = os.pipe()
        python = os.path.realpath(sys.executable)
        fds = [str(request_r), str(reply_w)]
        filter_fd = None
        if sandbox == "bwrap":
            filter_fd = bwrap_support.filter_fd() if bwrap_support.availability().process_filter else None
            argv = bwrap_support.command(python, HARNESS, self.solution, filter_fd) + fds
        else:
            proctree.become_subreaper()
            argv = [python, "-I", str(HARNESS), *fds]
        self.workdir = tempfile.TemporaryDirectory(prefix="judge-run-")
        group = new_cgroup(limits.memory_mb * 1024 * 1024, limits.pids)

        def preexec() -> None:
            if group is not None:
                group.enter()  # before exec: everything the child does is counted
            apply_limits(limits, address_space=group is None)

        try:  # forked on a thread that lives as long as the judge: the death signal follows the judge
            self.process = launcher.popen(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                env=clean_environment(self.marker), cwd=self.workdir.name,
                pass_fds=(request_r, reply_w) if filter_fd is None else (request_r, reply_w, filter_fd),
                start_new_session=True, preexec_fn=preexec,
            )
        except OSError as exc:
            if group is not None:
                group.close()
            raise SandboxError(f"cannot start the solution's process ({argv[0]}): {exc}") from exc
        finally:
            os.close(request_r)
            os.close(reply_w)
            if filter_fd is not None:
                os.close(filter_fd)
        self.cgroup = group
        self.meter: Meter = CgroupMeter(group, self.harness_pid) if group is not None else ProcMeter(self.harness_pid)
        started = proctree.stat(self.process.pid)
        self._started = started.start if started is not None else 0
        self._cpu_mark = 0.0
        self._harness: int | None = None
        assert self.process.stdout is not None and self.process.stderr is not None
        self._out = Channels.open(self._reply_r, self.process.stdout, self.process.stderr)
        self._stall = StallWatch(self._processes, self.meter.cpu_s)
        self._closed = False

    def __enter__(self) -> Child:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def alive(self) -> bool:
        return self.process.poll() is None

    def load(self, problem: Problem, timeout_s: float, cpu_limit_s: float | None = None) -> Exchange:
        """Load the solution as a solution of ``problem``: the ``Exchange`` of a successful load
        (its ``cpu_s`` is the CPU time of starting up and importing), else ``LoadFailed``."""
        if self.loaded:
            raise RuntimeError("the solution is already loaded in this child")
        exchange = self._exchange(load_request(problem, str(self.solution)), "load", timeout_s, cpu_limit_s)
        if exchange.reply is None or not exchange.reply.ok:
            raise LoadFailed(exchange)
        self.loaded = True
        return exchange

    def request(self, message: dict[str, Any], timeout_s: float, cpu_limit_s: float | None = None,
                serve: Serve | None = None) -> Exchange:
        """Send one case request and wait for its reply: at most ``timeout_s`` seconds of wall time,
        and, if given, ``cpu_limit_s`` seconds of the child's CPU time (so a busy loop is
        stopped at its CPU limit, while a sleeping one is stopped by the wall clock).

        ``serve`` answers the child's asks for a stream's draws (replies with status
        ``draws``, see ``judge.judging.draws``) while the request runs; without it such a
        reply ends the request like any other."""
        if not self.loaded or message.get("op") not in ("case", "cases"):
            raise RuntimeError("Child.request sends cases, after a successful Child.load")
        return self._exchange(message, str(message["op"]), timeout_s, cpu_limit_s, serve)

    def _exchange(self, message: dict[str, Any], op: str, timeout_s: float, cpu_limit_s: float | None,
                  serve: Serve | None = None) -> Exchange:
        payload = request_line(dict(message, token=self.token))
        start = time.monotonic()
        deadline = start + timeout_s
        self.meter.start_request()
        self._stall.reset()
        try:
            self._write_all(payload, deadline)
        except (BrokenPipeError, TimeoutError):
            return self._finish(start, timed_out=time.monotonic() >= deadline)
        checked = start  # a request that answers within CHECK_EVERY_S costs no reading of the child
        while True:
            line = self._out.take_line()
            if line is not None:
                reply = self._parse(line, op, len(message.get("cases", ())))
                if not isinstance(reply, Reply):
                    return self._finish(start, corrupt=reply)
                if serve is None or reply.status is not Status.DRAWS:
                    return self._replied(reply, start)
                try:
                    self._write_all((json.dumps(serve({"status": "draws"}), separators=(",", ":")) + "\n").encode(),
                                    deadline)
                except (BrokenPipeError, TimeoutError):
                    return self._finish(start, timed_out=time.monotonic() >= deadline)
                continue
            if len(self._out.reply_buffer) > FRAME_CAP:
                return self._finish(start, frame_exceeded=True)
            if self._out.output_bytes > self.limits.output_bytes:
                return self._finish(start, output_exceeded=True)
            now = time.monotonic()
            if now - checked >= CHECK_EVERY_S:
                checked = now
                self._stall.mark()
                if self.meter.over_limit(self.limits.memory_mb * 1024 * 1024):
                    return self._finish(start, memory_exceeded=True)
                if cpu_limit_s is not None and self.meter.cpu_s() - self._cpu_mark > cpu_limit_s:
                    return self._finish(start, timed_out=True)
            if now >= deadline or not self._out.pump(deadline - now):
                return self._last(start, op, len(message.get("cases", ())), serve, now >= deadline)

    def _last(self, start: float, op: str, cases: int, serve: Serve | None, out_of_time: bool) -> Exchange:
        """The end of a request without a reply taken: the reply channel closed, or the wall clock ran out.
        A whole reply that came meanwhile (the judge itself may have waited for a CPU) still counts, unless
        it is a stream's ask, which is not answered past the deadline. A child stopped by the wall clock
        is ``stalled`` if it waited on itself rather than for a CPU (``judge.sandbox.stall``), and not while
        it may be blocked writing to the judge."""
        writing = out_of_time and self._out.pending()
        self._out.pump(0)
        line = self._out.take_line()
        last = self._parse(line, op, cases) if line is not None else None
        if isinstance(last, Reply) and (serve is None or last.status is not Status.DRAWS):
            return self._replied(last, start)
        if isinstance(last, str):
            return self._finish(start, corrupt=last)
        if not out_of_time:
            return self._finish(start)
        return self._finish(start, timed_out=True, stalled=serve is None and not writing and self._stall.stalled())

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
                self._out.pump(0)
                select.select([], [self._request_w], [], 0.01)

    def _measure(self) -> tuple[float, int]:
        """CPU seconds since the previous reply, and the memory peak; moves the CPU mark on."""
        now = self.meter.cpu_s()
        used, self._cpu_mark = max(0.0, now - self._cpu_mark), max(now, self._cpu_mark)
        return used, self.meter.peak_kb()

    def _processes(self) -> list[int]:
        """The harness and every process below it (where the solution's code runs)."""
        return proctree.tree(self.harness_pid())

    def harness_pid(self) -> int | None:
        """The harness's pid: the child itself, or under bwrap its grandchild (bwrap -> bwrap's
        init -> the harness); everything the solution starts is below it. None before it exists."""
        if self._harness is None:
            self._harness = self.process.pid if self.sandbox != "bwrap" else proctree.grandchild(self.process.pid)
        return self._harness

    def _settle(self) -> None:
        """Let the harness block on the next request before its CPU time is read: the kernel adds
        a running thread's time to what the judge reads only at a tick (4 ms at HZ=250) or when
        the thread stops, so read once it has blocked, a case's time is exact."""
        pid = self.harness_pid()
        if pid is not None:
            proctree.wait_while_running(pid, SETTLE_S)

    def _parse(self, line: bytes, op: str, cases: int = 0) -> Reply | str:
        """The validated reply in ``line``, or why it is not one (a batch's: one reply per case it holds)."""
        try:
            return parse_reply(line, self.token, op, cases)
        except MalformedReply as exc:
            return f"the solution's process sent a malformed reply: {exc}"

    def _replied(self, reply: Reply, start: float) -> Exchange:
        """The request's reply came: measure the child, and check its memory once more."""
        wall = time.monotonic() - start
        self._settle()
        cpu, peak = self._measure()
        over = peak > self.limits.memory_mb * 1024 or self.meter.memory_limit_hit()
        return Exchange(reply=None if over else reply, wall_s=wall, cpu_s=cpu, peak_kb=peak, memory_exceeded=over,
                        output_bytes=self._out.output_bytes)

    def _finish(self, start: float, **flags: Any) -> Exchange:
        """The child gave no (usable) reply: measure it, kill it, collect its exit status and stderr."""
        wall = time.monotonic() - start
        if not flags:  # the reply channel closed: let an exiting child report its own status
            try:
                self.process.wait(timeout=1.0)
            except subprocess.TimeoutExpired:
                pass
        cpu, peak = self._measure()
        if not flags.get("memory_exceeded") and self.meter.memory_limit_hit():
            flags["memory_exceeded"] = True  # the kernel's OOM killer ended it: MLE, whatever else happened
        self.kill()
        status = self.process.returncode
        sig = -status if status is not None and status < 0 else None
        if status is not None and self.sandbox == "bwrap" and status > 128:
            sig = status - 128
        stderr = self._out.stderr_text()
        return Exchange(reply=None, wall_s=wall, cpu_s=cpu, peak_kb=peak, exit_status=status, signal=sig,
                        stderr=stderr, output_bytes=self._out.output_bytes, **flags)

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
        self._out.drain()  # whatever stderr is left, for diagnostics
        if self.cgroup is not None:
            self.cgroup.kill_all()  # anything that left the process tree is still in the group
        with proctree.launching:
            proctree.running.discard(self.process.pid)
        proctree.kill_marked(f"JUDGE_RUN={self.marker}")
        proctree.sweep_orphans(self._started)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(OSError):
            os.close(self._request_w)
        self.kill()
        self._out.selector.close()
        os.close(self._reply_r)
        for stream in (self.process.stdout, self.process.stderr):
            if stream is not None:
                stream.close()
        self.meter.close()
        if self.workdir is not None:
            self.workdir.cleanup()


__all__ = ["HARNESS", "Child", "Exchange", "Limits", "LoadFailed"]
