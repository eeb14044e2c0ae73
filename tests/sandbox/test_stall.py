"""judge.sandbox.stall on real processes: a child that waits on itself is stalled; a busy one is not, even
when the machine starves it of CPU (here on purpose, tests/starvation.py) so that it uses almost none."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from starvation import STARVE

from judge.sandbox.meter import process_cpu_s
from judge.sandbox.stall import BUSY_SHARE, StallWatch

SLEEPS = "import time\ntime.sleep(60)\n"
WAITS_ON_AN_EVENT = "import threading\nthreading.Event().wait()\n"
WAITS_ON_A_LOCK_IN_A_THREAD = ("import threading\nlock = threading.Lock()\nlock.acquire()\n"
                               "worker = threading.Thread(target=lock.acquire)\nworker.start()\nworker.join()\n")
BUSY = "while True:\n    pass\n"
STARVED = STARVE + "_starve()\nwhile True:\n    pass\n"


@pytest.fixture
def start() -> Iterator[object]:
    """Start a Python process running ``source`` in a session of its own, as a judged child is; killed after."""
    started: list[subprocess.Popen[bytes]] = []

    def run(source: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen([sys.executable, "-c", source], start_new_session=True)
        started.append(process)
        time.sleep(0.3)  # past its start-up
        return process

    yield run
    for process in started:
        process.kill()
        process.wait()


def watched(process: subprocess.Popen[bytes], seconds: float = 0.6) -> tuple[bool, float]:
    """Whether the watch calls ``process`` stalled after ``seconds``, and the share of them it ran."""
    watch = StallWatch(lambda: [process.pid], lambda: process_cpu_s(process.pid))
    watch.mark()
    cpu = process_cpu_s(process.pid)
    time.sleep(seconds)
    return watch.stalled(), (process_cpu_s(process.pid) - cpu) / seconds


@pytest.mark.parametrize("source", [SLEEPS, WAITS_ON_AN_EVENT, WAITS_ON_A_LOCK_IN_A_THREAD],
                         ids=["sleeps", "waits_on_an_event", "waits_on_a_lock_in_a_thread"])
def test_a_child_waiting_on_itself_is_stalled(start, source: str) -> None:
    stalled, ran = watched(start(source))
    assert stalled and ran < 0.05


def test_a_busy_child_is_not_stalled(start) -> None:
    stalled, ran = watched(start(BUSY))
    assert not stalled and ran > BUSY_SHARE


def test_a_busy_child_starved_of_cpu_is_not_stalled(start, hog_cpu0) -> None:
    stalled, ran = watched(start(STARVED), seconds=1.0)
    assert ran < 0.2, "the child was not starved: the test shows nothing"
    assert not stalled  # runnable all along: the machine's doing, measured again in fresh children


def test_nothing_is_stalled_before_the_watch_is_marked(start) -> None:
    process = start(SLEEPS)
    watch = StallWatch(lambda: [process.pid], lambda: process_cpu_s(process.pid))
    time.sleep(0.2)
    assert not watch.stalled()
    watch.mark()
    watch.reset()
    assert not watch.stalled()


def test_a_reply_that_came_while_the_judge_itself_waited_is_taken_at_the_deadline(tmp_path, monkeypatch) -> None:
    """On an overloaded machine the judge may not run until a request's deadline has passed, while the child
    answered in time and now waits for the next request (not runnable: it would read as stalled). The reply
    waiting in the pipe is taken; before, the request was a time-out."""
    from fixture_paths import FIXTURE_PROBLEMS

    from judge.judging import requests
    from judge.problems.catalog import Catalog
    from judge.sandbox.channels import Channels
    from judge.sandbox.child import Child, Limits

    problem = Catalog(FIXTURE_PROBLEMS).resolve("add-two")
    solution = tmp_path / "add.py"
    solution.write_text("class Solution:\n    def add(self, a, b):\n        return a + b\n")
    real = Channels.pump

    def starved(self: Channels, wait_s: float) -> bool:  # the judge gets no CPU until the deadline
        if wait_s > 0:
            time.sleep(wait_s)
            return True
        return real(self, wait_s)

    with Child(solution, Limits(cpu_s=30, memory_mb=512, output_bytes=1 << 20), "process") as child:
        child.load(problem, 10.0)
        monkeypatch.setattr(Channels, "pump", starved)
        exchange = child.request(requests.case_request(problem, problem.samples[0]), 0.3)
    assert exchange.reply is not None and exchange.reply.ok
    assert not exchange.timed_out and not exchange.stalled
