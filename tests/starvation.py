"""A child starved of CPU on purpose: what an overloaded machine does to a busy child, made real.

Tests of the wall-clock rule need a child that is stopped by the wall clock while busy
and runnable, using little CPU: the machine's fault, which the judge settles in fresh
children. A sleeping child will not do, because the judge reads a sleep as the
solution's own doing (judge.sandbox.stall).

``hog_cpu0`` keeps a process spinning on CPU 0 for the test. A solution runs
``_starve()`` (from ``STARVE``, pasted into its source) in the process that is to be
starved: the process pins itself to CPU 0 and lowers its own priority, both its nice
value and its session's autogroup's. Beside the hog it then gets about 1.5% of a CPU
while staying runnable. ``_spin(s)`` burns ``s`` seconds of its own CPU time.
``counted_fresh_runs`` shows that the starving happened: the judge measured the case again.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

STARVE = '''
def _starve():
    import os
    os.sched_setaffinity(0, {0})
    os.nice(19)
    try:
        with open("/proc/self/autogroup", "w") as handle:
            handle.write("19")
    except OSError:
        pass


def _spin(cpu_s):
    import time
    start = time.thread_time()
    while time.thread_time() - start < cpu_s:
        pass
'''


def counted_fresh_runs(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The outcomes of the grey-zone rule's fresh runs (judge.judging.remeasure), as they happen."""
    from judge.judging import remeasure

    seen: list[object] = []
    real = remeasure._fresh_run
    monkeypatch.setattr(remeasure, "_fresh_run", lambda *args, **kwargs: seen.append(real(*args, **kwargs)) or seen[-1])
    return seen


@pytest.fixture
def hog_cpu0() -> Iterator[None]:
    """A process spinning on CPU 0 while the test runs."""
    hog = subprocess.Popen([sys.executable, "-c", "import os\nos.sched_setaffinity(0, {0})\nwhile True:\n    pass"])
    try:
        yield
    finally:
        hog.kill()
        hog.wait()
