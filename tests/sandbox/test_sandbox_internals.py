"""The sandbox's own guarantees, checked on a ``Child`` directly (no CLI): what the judge
measures itself, that a case request is one call, and that cleaning up after a run kills
the run's processes only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from judge.sandbox import bwrap
from judge.sandbox import proctree
from judge.sandbox.child import HARNESS, Child, Exchange, Limits
from judge.sandbox.protocol import Reply

LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


class AddProblem:
    """What a load request reads of a problem: a function ``add`` called with its arguments."""

    entry_names = ("add",)
    kind = "call"
    requires = ()
    stream_source = None
    stream_sides = None


def load(child: Child, path: Path) -> Reply:
    assert child.solution == path.resolve()
    exchange = child.load(AddProblem(), 30)  # type: ignore[arg-type]
    assert exchange.reply is not None, exchange
    return exchange.reply


def call_exchange(child: Child, *args: int) -> Exchange:
    return child.request({"op": "case", "args": list(args)}, 30)


def call(child: Child, *args: int) -> Reply:
    exchange = call_exchange(child, *args)
    assert exchange.reply is not None, exchange
    return exchange.reply


@LINUX
def test_peak_memory_is_read_by_the_judge_not_taken_from_the_child(tmp_path: Path) -> None:
    """The solution touches 300 MB for an instant (under a 2 GB limit, so nothing stops it) and
    makes the harness report 1 MB; the reply the judge keeps says at least 300 MB."""
    solution = tmp_path / "liar.py"
    solution.write_text(textwrap.dedent("""
        import resource
        real = resource.getrusage
        class Usage:
            ru_maxrss = 1024
        resource.getrusage = lambda who: Usage()
        def add(a, b):
            peak = bytearray(300 * 1024 * 1024)
            peak[::4096] = b"p" * len(peak[::4096])
            del peak
            return a + b
    """))
    with Child(solution, Limits(cpu_s=30, memory_mb=2048, output_bytes=1 << 20), "process") as child:
        assert load(child, solution).ok
        exchange = call_exchange(child, 1, 2)
    assert exchange.reply is not None and exchange.reply.value == 3
    assert exchange.reply.claimed_maxrss_kb < 300 * 1024  # the lie arrived, and is only a claim
    assert exchange.peak_kb >= 300 * 1024


COUNTS_ITS_CALLS = """
import time
calls = 0

def add(a, b):
    global calls
    calls += 1
    busy_until = time.thread_time() + 0.003  # long enough that a harness repeating measurable calls would
    while time.thread_time() < busy_until:  # repeat this one
        pass
    return calls
"""


@LINUX
def test_each_case_request_is_exactly_one_call(tmp_path: Path) -> None:
    """A solution counting its calls in a module global answers its count: every case request adds
    exactly one, alone, in a batch, or carrying the repeat fields requests once had (keys the harness
    does not read, ignored like any other). A second call in the same process could answer from a memo."""
    solution = tmp_path / "counter.py"
    solution.write_text(COUNTS_ITS_CALLS)
    stale = {"op": "case", "args": [0, 0], "repeats": 5, "repeat_budget_s": 100.0}
    with Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), "process") as child:
        assert load(child, solution).ok
        answers = [call(child, 0, 0).value, call(child, 0, 0).value]
        exchange = child.request(stale, 30)
        assert exchange.reply is not None and exchange.reply.ok, exchange
        answers.append(exchange.reply.value)
        batch = child.request({"op": "cases", "cases": [{"op": "case", "args": [0, 0]}] * 3}, 30)
        assert batch.reply is not None and len(batch.reply.results) == 3, batch
        answers.extend(reply.value for reply in batch.reply.results)
        answers.append(call(child, 0, 0).value)
    assert answers == [1, 2, 3, 4, 5, 6, 7]


@LINUX
def test_cleanup_spares_the_judges_own_children(tmp_path: Path) -> None:
    """After a run, the sweep of adopted orphans must not touch processes the judge started
    itself: one in its own session, one in a new session started before the run."""
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    before = subprocess.Popen(["sleep", "30"], start_new_session=True)
    same_session = None
    try:
        with Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), "process") as child:
            same_session = subprocess.Popen(["sleep", "30"])
            assert load(child, solution).ok
            assert call(child, 1, 2).value == 3
        assert before.poll() is None and same_session.poll() is None
    finally:
        for process in (before, same_session):
            if process is not None:
                process.kill()
                process.wait()


@LINUX
def test_orphans_of_a_plain_process_run_are_killed_and_reaped(tmp_path: Path) -> None:
    """A double fork with setsid and an empty environment, in process mode: the grandchild is
    re-parented to the judge (a subreaper), and closing the run kills and reaps it."""
    solution = tmp_path / "daemon.py"
    solution.write_text(textwrap.dedent("""
        import os
        def add(a, b):
            child = os.fork()
            if child == 0:
                os.setsid()
                grandchild = os.fork()
                if grandchild == 0:
                    os.closerange(3, 4096)
                    os.execve("/bin/sleep", ["sleep", "30"], {})
                os._exit(0)
            os.waitpid(child, 0)
            return a + b
    """))
    earlier = set(proctree.children(os.getpid()))  # other tests' children are not this test's orphans
    with Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), "process") as child:
        assert load(child, solution).ok
        assert call(child, 1, 2).value == 3
        adopted = [pid for pid in proctree.children(os.getpid()) if pid != child.process.pid and pid not in earlier]
        assert adopted, "the orphan should have been re-parented to this process (the subreaper)"
    for pid in adopted:
        with pytest.raises(ChildProcessError):  # already reaped by the sweep
            os.waitpid(pid, os.WNOHANG)
        assert proctree.stat(pid) is None or proctree.stat(pid).ppid != os.getpid()


def test_process_filter_program_is_whole_instructions() -> None:
    program = bwrap.process_filter_program()
    if program is None:
        pytest.skip("no process filter for this machine")
    assert len(program) % 8 == 0 and len(program) // 8 < 32


@pytest.mark.skipif(not bwrap.availability().usable, reason="bubblewrap is not usable here")
def test_bwrap_run_cannot_start_processes_but_can_start_threads(tmp_path: Path) -> None:
    if not bwrap.availability().process_filter:
        pytest.skip("no process filter here: " + bwrap.availability().reason)
    solution = tmp_path / "spawner.py"
    solution.write_text(textwrap.dedent("""
        import os, threading
        def add(a, b):
            box = []
            worker = threading.Thread(target=lambda: box.append(a + b))
            worker.start()
            worker.join()
            try:
                os.fork()
            except PermissionError:
                return box[0]
            return -1
    """))
    with Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), "bwrap") as child:
        assert load(child, solution).ok
        assert call(child, 1, 2).value == 3



SANDBOXES = ["process", pytest.param("bwrap", marks=pytest.mark.skipif(not bwrap.availability().usable,
                                                                       reason="bubblewrap is not usable here"))]


def _thread_gone(thread: threading.Thread) -> None:
    """Wait until the OS thread behind ``thread`` has exited (``join`` returns a moment before it does)."""
    task = Path(f"/proc/self/task/{thread.native_id}")
    deadline = time.monotonic() + 10
    while task.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not task.exists()


@LINUX
@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_child_outlives_the_thread_that_started_it(tmp_path: Path, sandbox: str) -> None:
    """Linux sends the parent-death signal (PR_SET_PDEATHSIG; bubblewrap's --die-with-parent is the
    same) when the *thread* that forked a child exits. A child started on a pool worker that then
    ended was SIGKILLed while the judge still used it: its next case read as RE "killed (signal
    SIGKILL)" after 0.1 ms, for a right solution (``judge check -j 2``, a stream's replay)."""
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    made: list[Child] = []

    def start() -> None:
        child = Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), sandbox)
        made.append(child)
        assert load(child, solution).ok

    worker = threading.Thread(target=start)
    worker.start()
    worker.join()
    _thread_gone(worker)
    with made[0] as child:
        exchange = call_exchange(child, 2, 3)
        assert exchange.signal is None, exchange
        assert exchange.reply is not None and exchange.reply.value == 5


@LINUX
@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_a_child_started_on_a_thread_still_dies_with_the_judge(tmp_path: Path, sandbox: str) -> None:
    """The death signal now follows the judge process: a judge killed with SIGKILL, whose child was
    started on a worker thread, leaves no harness running."""
    solution = tmp_path / "add.py"
    solution.write_text("def add(a, b):\n    return a + b\n")
    script = textwrap.dedent(f"""
        import sys, threading, time
        from pathlib import Path
        from judge.sandbox.child import Child, Limits
        children = []
        def start():
            children.append(Child(Path({str(solution)!r}), Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20),
                                  {sandbox!r}))
        worker = threading.Thread(target=start)
        worker.start()
        worker.join()
        print(children[0].process.pid, flush=True)
        time.sleep(60)
    """)
    judge = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert judge.stdout is not None
        pid = int(judge.stdout.readline())
        started = [pid, *proctree.descendants(pid)]
    finally:
        judge.send_signal(signal.SIGKILL)
        judge.wait()
    deadline = time.monotonic() + 10
    while any(_running(p) for p in started) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not [p for p in started if _running(p)], "the child outlived the judge"


def _running(pid: int) -> bool:
    """Alive and not a zombie (a subreaper, this test process among them, may not have reaped it yet)."""
    info = proctree.stat(pid)
    return info is not None and info.state != "Z"


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_the_harness_modules_are_not_importable_by_bare_names(tmp_path: Path, sandbox: str) -> None:
    """The child runs the harness package's directory (``python -I <dir>``), which Python puts on
    ``sys.path``: a solution's ``import codec`` or a module of its own named like a harness module
    would meet the harness's. The entry takes the directory off the path and loads the package
    under a name of its own, so neither the solution nor anything it imports sees them."""
    names = sorted(p.stem for p in HARNESS.glob("*.py")) + ["harness"]
    solution = tmp_path / "codec.py"  # named like a harness module: compiled from its path, never imported
    solution.write_text(textwrap.dedent(f"""
        import importlib.util, sys
        def add(a, b):
            found = [n for n in {names!r} if n != "__main__" and importlib.util.find_spec(n) is not None]
            return [found, {str(HARNESS)!r} in sys.path, __name__]
    """))
    with Child(solution, Limits(cpu_s=30, memory_mb=256, output_bytes=1 << 20), sandbox) as child:
        assert load(child, solution).ok
        assert call(child, 1, 2).value == [[], False, "solution"]
