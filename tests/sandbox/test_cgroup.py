"""Kernel accounting with a cgroup per judged child (judge/sandbox/cgroup.py).

Two halves. The real half makes real groups (cgroup v1 as root on the CI machines, v2
with a delegated subtree elsewhere) and runs small children in them: what they allocate
in a memfd or /dev/shm shows in the peak, a second thread's CPU is charged, a fork loop
stops at pids.max, an allocation over the limit is OOM-killed and reported, and nothing
is left running or on disk. It is skipped, with the reason, where no group can be made.
The fake half checks detection and the v2 file handling against a cgroup tree of plain
files in tmp_path, since the CI machines have no v2 controllers.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from judge.errors import SandboxError
from judge.sandbox import cgroup_setup
from judge.sandbox.cgroup import ChildCgroup, support, sweep
from judge.sandbox.cgroup_support import CgroupSupport, Hierarchy, detect

MB = 1 << 20
REAL = support()
real = pytest.mark.skipif(not REAL.usable, reason=f"cannot make cgroups here: {REAL.reason}")


def run_in(group: ChildCgroup, code: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh Python that joins ``group`` before it starts."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], preexec_fn=group.enter,
                          capture_output=True, text=True, timeout=60)


# -- the real thing ----------------------------------------------------------------------


@real
def test_the_child_is_in_its_group_before_it_runs() -> None:
    with ChildCgroup.create(256 * MB, 16) as group:
        shown = run_in(group, "print(open('/proc/self/cgroup').read())").stdout
        name = group.leaves[0].name
        assert shown.count(f"/{name}\n") == len(group.leaves), shown


WRITE_50_MB = """
import os
chunk = b"x" * (1 << 20)
fd = {open}
for _ in range(50):
    os.write(fd, chunk)
print([line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")][0])
"""


@real
@pytest.mark.parametrize("where", ["memfd", "shm"])
def test_memfd_and_dev_shm_pages_count_in_the_peak(where: str) -> None:
    shm = Path("/dev/shm") / f"judge-test-{secrets.token_hex(4)}"
    opener = 'os.memfd_create("hidden")' if where == "memfd" else f'os.open("{shm}", os.O_CREAT | os.O_WRONLY)'
    try:
        with ChildCgroup.create(512 * MB, 16) as group:
            done = run_in(group, WRITE_50_MB.format(open=opener))
            assert done.returncode == 0, done.stderr
            resident_kb = int(done.stdout)
            peak = group.memory_peak_bytes()
            assert peak is not None and peak >= 50 * MB
            assert resident_kb * 1024 < 50 * MB  # what /proc would have seen: the pages are not its RSS
    finally:
        shm.unlink(missing_ok=True)


@real
def test_reset_peak_starts_a_new_peak() -> None:
    with ChildCgroup.create(512 * MB, 16) as group:
        run_in(group, WRITE_50_MB.format(open='os.memfd_create("x")'))
        before = group.memory_peak_bytes()
        assert before is not None and before >= 50 * MB
        assert group.reset_peak()
        after = group.memory_peak_bytes()
        assert after is not None and after < 50 * MB


TWO_BUSY_THREADS = """
import hashlib, json, threading, time
data = bytes(4 << 20)
spent = []
def burn():  # hashlib lets go of the GIL on large buffers: both threads really run
    while time.thread_time() < 0.3:
        hashlib.sha256(data).digest()
    spent.append(time.thread_time())
threads = [threading.Thread(target=burn) for _ in range(2)]
for t in threads: t.start()
for t in threads: t.join()
print(json.dumps({"threads": spent, "main": time.thread_time()}))
"""


@real
def test_every_thread_is_charged() -> None:
    if "cpu" not in REAL.measures:
        pytest.skip("no cpuacct hierarchy: CPU time is not measured by cgroups here")
    with ChildCgroup.create(512 * MB, 16) as group:
        done = run_in(group, TWO_BUSY_THREADS)
        figures = json.loads(done.stdout)
        cpu = group.cpu_seconds()
        assert cpu is not None
        assert cpu >= sum(figures["threads"]) + figures["main"] - 0.02
        assert cpu > 2 * figures["main"] + 0.5  # the calling thread's own clock would miss most of it


FORK_LOOP = """
import os, time
started = 0
try:
    for _ in range(50):
        if os.fork() == 0:
            os.closerange(0, 3)  # so that the judge's read of the output ends with the parent
            time.sleep(60)
            os._exit(0)
        started += 1
except OSError as exc:
    print(started, exc.errno)
"""


@real
def test_a_fork_loop_stops_at_pids_max() -> None:
    with ChildCgroup.create(512 * MB, 6) as group:
        done = run_in(group, FORK_LOOP)
        started, errno_ = map(int, done.stdout.split())
        assert started == 5 and errno_ == 11  # itself + 5 children = 6; the 6th fork gets EAGAIN
        assert group.pids_limit_hit() is True
        assert group.pids_peak() in (None, 6)
        assert group.kill_all()
        assert group.procs() == set()


@real
def test_over_the_memory_limit_the_child_is_killed_and_it_shows() -> None:
    with ChildCgroup.create(64 * MB, 16) as group:
        assert group.memory_limit_hit() is False
        done = run_in(group, "b = b'x' * (256 << 20)\nprint('survived')")
        assert done.returncode == -signal.SIGKILL and "survived" not in done.stdout
        assert group.memory_limit_hit() is True
        peak = group.memory_peak_bytes()
        assert peak is not None and peak <= 64 * MB


DAEMON = """
import os, sys, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(60)
        os._exit(0)
    os._exit(0)
os.wait()
print(len(open("/proc/self/cgroup").read()), flush=True)
time.sleep(60)
"""


@real
def test_kill_all_leaves_nothing_running_and_close_removes_the_groups() -> None:
    group = ChildCgroup.create(256 * MB, 16)
    child = subprocess.Popen([sys.executable, "-c", DAEMON], preexec_fn=group.enter,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    child.stdout.readline()  # the daemon has started
    members = group.procs()
    assert child.pid in members and len(members) == 2
    assert group.kill_all()
    assert child.wait(timeout=10) == -signal.SIGKILL
    for pid in members:
        assert not Path(f"/proc/{pid}").exists() or _state(pid) == "Z"
    leaves = list(group.leaves)
    assert all(leaf.is_dir() for leaf in leaves)
    group.close()
    assert not any(leaf.exists() for leaf in leaves)
    assert not any(leaf.parent.exists() for leaf in leaves)  # no other group is open
    assert group.memory_peak_bytes() is None and group.cpu_seconds() is None  # unknown once closed
    child.stdout.close()


@real
def test_close_kills_what_is_still_running() -> None:
    group = ChildCgroup.create(256 * MB, 16)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], preexec_fn=group.enter)
    with group:
        pass
    assert child.wait(timeout=10) == -signal.SIGKILL
    assert not any(leaf.exists() for leaf in group.leaves)


@real
def test_stale_groups_of_a_dead_judge_are_swept() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    start = cgroup_setup.start_ticks(gone.pid)
    gone.wait()
    stale = [h.base / f"judge-{gone.pid}-{start or 1}" for h in REAL.hierarchies]
    with ChildCgroup.create(None, None) as mine:  # (its first create may have swept already)
        for group in stale:
            os.mkdir(group)
            os.mkdir(group / "c1-left")
        swept = set(sweep())  # (a judge an earlier test killed may have left groups too: they go as well)
        assert set(stale) <= swept
        assert all(leaf.is_dir() for leaf in mine.leaves)  # a live owner's groups stay
    assert not any(group.exists() for group in stale)


def test_setup_failures_are_sandbox_errors(tmp_path: Path) -> None:
    with pytest.raises(SandboxError, match="not available: nothing here"):
        ChildCgroup.create(64 * MB, 8, CgroupSupport(None, reason="nothing here"))
    missing = CgroupSupport(1, (Hierarchy(tmp_path / "missing", frozenset({"memory", "pids"})),))
    with pytest.raises(SandboxError, match="missing"):
        ChildCgroup.create(64 * MB, 8, missing)
    plain = CgroupSupport(1, (Hierarchy(tmp_path, frozenset({"memory", "pids"})),))
    with pytest.raises(SandboxError, match="memory.limit_in_bytes"):  # a directory that is no cgroup
        ChildCgroup.create(64 * MB, 8, plain)
    assert list(tmp_path.iterdir()) == []  # what was made before the failure is gone


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


@real
def test_under_bwrap_the_whole_sandbox_is_counted(tmp_path: Path) -> None:
    from judge.sandbox import bwrap

    if not bwrap.availability().usable:
        pytest.skip(f"bubblewrap is not usable here: {bwrap.availability().reason}")
    script = tmp_path / "script.py"
    script.write_text(WRITE_50_MB.format(open='os.memfd_create("hidden")'))
    argv = bwrap.command(os.path.realpath(sys.executable), script, script)
    with ChildCgroup.create(512 * MB, 16) as group:
        done = subprocess.run(argv, preexec_fn=group.enter, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        peak = group.memory_peak_bytes()
        assert peak is not None and peak >= 50 * MB
