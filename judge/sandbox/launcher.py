"""Start every judged child from one long-lived thread, so that "dies with the judge" means the
judge *process*, not whichever thread happened to start the child.

Linux ties the parent-death signal to the parent *thread*: prctl(2), ``PR_SET_PDEATHSIG``,
"the signal that the calling process will get when its parent thread dies"; the kernel
sends it from ``forget_original_parent`` when the thread that forked the child exits,
even though the child is re-parented to a sibling thread and the judge goes on.
bubblewrap's ``--die-with-parent`` is the same prctl. So a child started on a thread
that then ends — a ``ThreadPoolExecutor`` worker (``judge check -j 2``, a stream's
replay), a thread a test or a tool starts — was SIGKILLed while the judge still held
it: its next request read as a Runtime Error "killed (signal SIGKILL)" after 0.1 ms,
for a right solution.

``spawn`` forks on a thread that lives as long as the judge process: the main thread
where it is called there (``judge run``, ``judge grade`` and its forked workers start
no other thread), else one launcher thread (a daemon, started on first use and again
in a forked process). The children's death signal then fires exactly when the judge
process exits or is killed. The ``Popen`` it returns is used from any thread as before
(on Linux any thread of a process may wait for a child of another).
"""

from __future__ import annotations

import os
import queue
import subprocess
import threading
from concurrent.futures import Future
from typing import Any, Callable, TypeVar

from judge.sandbox import proctree

T = TypeVar("T")

_lock = threading.Lock()
_jobs: queue.SimpleQueue[tuple[Callable[[], object], Future[object]]] = queue.SimpleQueue()
_thread: threading.Thread | None = None


def popen(argv: list[str], **options: Any) -> subprocess.Popen[bytes]:
    """``subprocess.Popen(argv, **options)`` forked by ``spawn``, and registered in
    ``proctree.running`` under ``proctree.launching`` (an orphan sweep never takes it)."""
    def start() -> subprocess.Popen[bytes]:
        with proctree.launching:
            process = subprocess.Popen(argv, **options)
            proctree.running.add(process.pid)
            return process

    return spawn(start)


def spawn(start: Callable[[], T]) -> T:
    """Run ``start`` (which forks a child) on a thread that lives as long as the process; its
    result, or its exception."""
    current = threading.current_thread()
    if current is threading.main_thread() or current is _thread:
        return start()
    _launcher()
    done: Future[object] = Future()
    _jobs.put((start, done))
    return done.result()  # type: ignore[return-value]


def _launcher() -> None:
    global _thread
    with _lock:
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_serve, name="judge-launcher", daemon=True)
            _thread.start()


def _serve() -> None:
    while True:
        start, done = _jobs.get()
        if not done.set_running_or_notify_cancel():
            continue
        try:
            done.set_result(start())
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller, who re-raises it
            done.set_exception(exc)


def _forked() -> None:
    """In a forked process (a grading worker) only the forking thread exists: start a launcher anew."""
    global _thread, _lock, _jobs
    _thread = None
    _lock = threading.Lock()
    _jobs = queue.SimpleQueue()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked)


__all__ = ["popen", "spawn"]
