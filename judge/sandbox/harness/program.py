"""The ``stdio`` kind: a program run as ``__main__`` once per case, with the case's text on fd 0
and ``sys.stdin``, and what reaches its fd 1 (``print``, ``os.write(1, ...)``, ``open(1, "w")``)
sent back as the reply's ``value``, as on Kattis.

The harness's own descriptors sit at or above ``PRIVATE_FDS`` while a program runs, out of
the way of the numbers a program opens and closes (RLIMIT_NOFILE is 64).
"""

import builtins
import fcntl
import gc
import io
import os
import sys
import threading
import time

PRIVATE_FDS = 40  # the harness's own descriptors in stdio mode sit at or above this (RLIMIT_NOFILE is 64)


def run_program(harness, request):
    """Stdio mode: run the program as ``__main__`` with the case's input on stdin, its stdout kept.

    Each case gets fresh globals; imported modules stay loaded, as they would in a
    long-lived interpreter. ``exit()`` / ``sys.exit(0)`` end the program normally, and so
    does ``os._exit(0)`` (fast-output templates end with it, often from a thread running
    ``main``): while the program runs it flushes stdout and ends the program, not the harness.
    """
    cap = int(request.get("output_cap", 8 << 20))
    sys.stdin = feed_stdin(request["stdin"].encode("utf-8", "surrogateescape"))
    saved, private = capture_stdout()
    sys.stdout = io.TextIOWrapper(io.open(1, "wb", closefd=False), encoding="utf-8", errors="surrogateescape")
    outcome, elapsed = run_main(harness)
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stdout, sys.stdin = harness.stdout, io.StringIO("")
    data = take_stdout(saved, private, cap)
    move_fd(os.open(os.devnull, os.O_RDONLY), 0)
    return program_reply(outcome, elapsed, data, cap)


def run_main(harness):
    """Run the compiled program once as ``__main__``, ``os._exit`` standing in for the program's
    end; (a reply describing how it failed or None, the CPU seconds it took)."""
    exits = []

    def program_exit(code=0):
        exits.append(code)
        try:
            sys.stdout.flush()
        except Exception:
            pass
        raise SystemExit(code)

    namespace = {"__name__": "__main__", "__file__": harness.path, "__builtins__": builtins}

    threads_before = set(threading.enumerate())

    def program():
        try:
            exec(harness.code, namespace)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                raise
        # A common idiom runs main() on a thread with a bigger stack: the program ends with it.
        for thread in set(threading.enumerate()) - threads_before:
            if not thread.daemon:
                thread.join()
        if not sys.stdout.closed:
            sys.stdout.flush()

    gc.collect()
    real_exit, os._exit = os._exit, program_exit
    start, process_start = time.thread_time(), time.process_time()
    try:
        outcome = harness.guarded(program)
    finally:
        os._exit = real_exit
    if outcome is None and exits and exits[0] not in (None, 0):  # os._exit(3) in a thread: still a failure
        outcome = {"status": "exit", "message": "the solution called os._exit(%r)" % (exits[0],)}
    # The process clock also counts the program's own threads (it is coarser, so the larger wins).
    elapsed = max(time.thread_time() - start, time.process_time() - process_start)
    return outcome, elapsed


def program_reply(outcome, elapsed, data, cap):
    """The case's reply from how the program ended and what it wrote to fd 1 (None: over ``cap``)."""
    if data is None or (outcome is not None and "File too large" in outcome.get("message", "")):
        return {"status": "too_large", "message": "printed more than %d bytes" % cap, "cpu_s": [elapsed]}
    if outcome is not None:
        outcome["cpu_s"] = [elapsed]
        return outcome
    text = data.decode("utf-8", "surrogateescape")
    return {"status": "ok", "value": text, "cpu_s": [elapsed], "stdout": "", "stdout_chars": 0}


def anonymous_file(name):
    """A descriptor of a file in memory (a memfd; elsewhere an unlinked temporary file)."""
    try:
        return os.memfd_create(name)
    except (AttributeError, OSError):
        import tempfile

        return os.dup(tempfile.TemporaryFile().fileno())


def move_fd(fd, target):
    """Make ``fd`` the descriptor ``target``. They may already be the same number: a program
    that closes fd 0 (``open(0).read()`` closes it when the file is collected) leaves that
    number free, and the next descriptor opened takes it; dup2-then-close would close it again."""
    if fd != target:
        os.dup2(fd, target)
        os.close(fd)


def feed_stdin(data):
    """Put ``data`` on fd 0 (so input(), sys.stdin.buffer and open(0) all read it); returns sys.stdin."""
    holder = anonymous_file("stdin")
    os.write(holder, data)
    os.lseek(holder, 0, os.SEEK_SET)
    move_fd(holder, 0)
    return io.TextIOWrapper(io.open(0, "rb", closefd=False), encoding="utf-8")


def capture_stdout():
    """Put a file in memory on fd 1 for a program's output; returns (the judge's fd 1, the file).

    A program's output is what reaches fd 1, however it gets there: ``print``,
    ``sys.stdout.buffer``, ``os.write(1, ...)`` or ``open(1, "w")``, in the order
    written, as on Kattis. The harness reads it through a descriptor of its own, so a
    program that closes fd 1 (or whose ``open(1, "w")`` closes it when collected) keeps
    what it wrote. ``RLIMIT_FSIZE`` bounds the file (a write past it fails with EFBIG).
    """
    try:
        saved = fcntl.fcntl(1, fcntl.F_DUPFD_CLOEXEC, PRIVATE_FDS)
    except OSError:  # an earlier program closed fd 1
        saved = None
    holder = anonymous_file("stdout")
    private = fcntl.fcntl(holder, fcntl.F_DUPFD_CLOEXEC, PRIVATE_FDS)
    move_fd(holder, 1)
    return saved, private


def take_stdout(saved, private, cap):
    """What the program wrote to fd 1 (None if more than ``cap`` bytes); the judge's fd 1 is restored."""
    try:
        size = os.fstat(private).st_size
        data = os.pread(private, cap + 1, 0) if size <= cap else None
    finally:
        os.close(private)
    if saved is None:
        saved = os.open(os.devnull, os.O_WRONLY)
    move_fd(saved, 1)
    return data
