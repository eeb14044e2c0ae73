"""The sandbox attack suite: each file in tests/fixtures/attacks/ is a solution that tries to cheat,
escape or take the judge down, judged with ``judge run --format json`` in a subprocess.

For every attack and sandbox mode the tests assert: the verdict (never Accepted), that the judge
exited normally (status 1) with one valid JSON document, that nothing was written (the fixture
folders, the repository's root, the home folders, /tmp, the judge's working directory), that
nothing the attack started is still running (each attack marks its processes with a ``jatk-``
name), that a secret in the judge's environment appears nowhere in its output, and that no
connection reached a listener on 127.0.0.1.

Attacks on what the judge measures (memory, CPU time, replies) also run with kernel
accounting off (``JUDGE_CGROUP=none``, modes ``bwrap-nocgroup`` and ``process-nocgroup``)
where the machine has it, so both the cgroup path and the /proc fallback are proven. A few
fixtures named ``honest_*`` are correct solutions the sandbox must not refuse (a thread
pool, a signal handler set at import, deep recursion): Accepted, exit status 0.

Some attacks only bubblewrap can contain (reading the problem's files, the network, the judge's
environment through /proc, killing the judge): they run in bwrap mode only, and a few "control"
tests run them in process mode to show that the attack really works there — so the checks above
could fail, and docs/sandbox.md is right about what process mode cannot do.

The runs are independent, so they are started in parallel (a few at a time) once per module,
and each test looks at its own run. The fixture problem has a 0.5 s time floor, which keeps
the whole suite well under a minute.
"""

from __future__ import annotations

import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from judge.sandbox import bwrap, cgroup

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures"
ATTACKS = FIXTURES / "attacks"
PROBLEMS = FIXTURES / "problems_attacks"
QUICK = "quick-add"  # a 0.5 s time floor: for attacks that run into the time limit
ROOMY = "roomy-add"  # a 5 s floor: a loaded machine cannot turn an RE, WA, MLE or OLE into a TLE
MARK = "jatk-"
PORTS = range(47000, 47100)  # the network attack tries every port in this range
SECRET = "JUDGE_TEST_SECRET_" + secrets.token_hex(12)
PARALLEL = 4
JUDGE_TIMEOUT_S = 90
REPORT_CAP = 64 * 1024  # a report is bounded, however much the solution printed or claimed

PROCESS_CANNOT = {
    "fork_bomb": "nothing bounds how many processes a root process starts (RLIMIT_NPROC does not "
                 "apply to root), so process mode cannot contain a fork bomb",
    "read_hidden_cases": "a plain process can read the problem folder",
    "read_reference": "a plain process can read the problem folder",
    "write_files": "a plain process can write wherever the user can",
    "network_connect": "a plain process shares the host's network",
    "proc_environ_secret": "a plain process can read the judge's environment through /proc",
    "kill_parent": "a plain process can kill the judge",
    "fill_tmp": "a plain process writes to the real /tmp, which the judge does not cap",
    "raise_limits": "a root process may raise its own resource limits",
}


@dataclass(frozen=True)
class Attack:
    """One attack file, the verdict it must get in each mode, and the process names it uses."""

    name: str
    bwrap: str
    process: str | None = None
    markers: tuple[str, ...] = ()
    problem: str = ROOMY
    fallback: bool = False  # also run without kernel accounting (the /proc fallback)

    @property
    def path(self) -> Path:
        return ATTACKS / f"{self.name}.py"


def both(name: str, verdict: str, *markers: str, problem: str = ROOMY, fallback: bool = False) -> Attack:
    return Attack(name, verdict, verdict, markers, problem, fallback)


def measured(name: str, verdict: str, *markers: str, problem: str = ROOMY) -> Attack:
    """An attack on what the judge measures: run with the cgroup and with the /proc fallback."""
    return both(name, verdict, *markers, problem=problem, fallback=True)


ALL = [
    both("infinite_loop", "TLE", "jatk-loop", problem=QUICK),
    both("sleep_forever", "TLE", "jatk-sleep", problem=QUICK),
    both("ignore_sigterm", "TLE", "jatk-sigterm", problem=QUICK),
    both("allocate_unbounded", "MLE", "jatk-alloc"),
    both("print_unbounded", "OLE", "jatk-print"),
    both("write_fd1_unbounded", "OLE", "jatk-fd1"),
    both("write_fd2_unbounded", "OLE", "jatk-fd2"),
    # Under bwrap a run may not start processes at all (fork fails: RE); in a plain process the
    # children start, the call returns a wrong answer, and the judge must kill them all.
    Attack("fork_children", "RE", "WA", ("jatk-fork-child",)),
    Attack("double_fork_setsid", "RE", "WA", ("jatk-double-fork",)),
    Attack("clean_env_orphan", "RE", "WA", ("jatk-clean-env",)),
    Attack("fork_bomb", "RE", None, ("jatk-fork-bomb",)),
    both("exit_at_import", "RE"),
    both("os_exit_midcall", "RE"),
    both("segfault_ctypes", "RE"),
    both("unbounded_recursion", "RE"),
    both("eq_always_true", "WA"),
    both("str_subclass_lies", "WA"),
    both("forge_all_fds", "RE"),
    both("forge_env_token", "RE"),
    both("forge_timing", "TLE", problem=QUICK),
    both("forge_memory", "MLE"),
    both("env_secret", "WA"),
    Attack("read_hidden_cases", "WA"),
    Attack("read_reference", "WA"),
    Attack("write_files", "WA"),
    Attack("network_connect", "WA"),
    Attack("proc_environ_secret", "WA"),
    Attack("kill_parent", "WA"),  # it cannot kill its parent (the sandbox's init), nor its group
    Attack("fill_tmp", "RE"),
    # With a cgroup, a root process that raises its rlimits is still held by the kernel's limit.
    Attack("raise_limits", "MLE", "MLE" if cgroup.support().usable else None),
    # Forged, malformed and oversized replies: the child's fault (RE), never an internal error.
    measured("forge_deep_reply", "RE", "jatk-deep"),
    measured("forge_malformed_reply", "RE", "jatk-malformed"),
    measured("huge_message", "RE", "jatk-huge"),
    # Memory no resident set shows: memfds, /dev/shm (a 16 MB tmpfs under bwrap), a zombie
    # thread-group leader, a peak reset through clear_refs.
    measured("memfd_memory", "MLE", "jatk-memfd"),
    Attack("dev_shm_memory", "RE", "MLE", ("jatk-shm",), fallback=True),
    measured("zombie_leader", "MLE", "jatk-zombie"),
    measured("clear_refs", "MLE", "jatk-clear-refs"),
    # CPU time the calling thread's clock does not show, and CPU spent while importing.
    measured("cpu_in_thread", "TLE", "jatk-thread-cpu", problem=QUICK),
    measured("patched_clocks", "TLE", "jatk-clocks", problem=QUICK),
    measured("cpu_at_import", "TLE", "jatk-import-cpu", problem=QUICK),
    # Honest code the sandbox must accept.
    both("honest_thread_pool", "AC"),
    both("honest_signal_at_import", "AC"),
    both("honest_deep_recursion", "AC"),
]
BY_NAME = {attack.name: attack for attack in ALL}


# -- what the tests observe ---------------------------------------------------------------------


@dataclass
class Run:
    """One judge run: its exit status, output, and the folders it ran in."""

    attack: Attack
    mode: str
    status: int
    stdout: str
    stderr: str
    cwd: Path
    home: Path

    @property
    def report(self) -> dict[str, Any]:
        return json.loads(self.stdout)


@dataclass
class Listener:
    """A TCP listener on 127.0.0.1 in PORTS that records every connection it accepts."""

    sock: socket.socket = field(init=False)
    accepted: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        for port in PORTS:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                sock.close()
                continue
            sock.listen(16)
            sock.settimeout(0.2)
            self.sock = sock
            break
        else:  # pragma: no cover - the whole range is taken
            pytest.skip(f"no free port in {PORTS.start}-{PORTS.stop - 1} for the network listener")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(1.0)
                try:
                    self.accepted.append(conn.recv(4096))
                except OSError:
                    self.accepted.append(b"")

    def close(self) -> list[bytes]:
        self._stop.set()
        self._thread.join()
        self.sock.close()
        return list(self.accepted)


def judge(attack: Attack, mode: str, workdir: Path, output: str = "json") -> Run:
    """Run ``judge run`` on one attack, in its own session (so killing "its parent's group" hits
    only the judge), with a secret in its environment and empty folders as cwd and HOME.
    ``mode`` is a sandbox, with ``-nocgroup`` to turn kernel accounting off."""
    cwd, home = workdir / "cwd", workdir / "home"
    cwd.mkdir(parents=True)
    home.mkdir()
    env = dict(os.environ, JUDGE_TEST_SECRET=SECRET, HOME=str(home), JUDGE_HISTORY=str(workdir / "history.db"))
    sandbox, _, accounting = mode.partition("-")
    if accounting == "nocgroup":
        env["JUDGE_CGROUP"] = "none"
    argv = [sys.executable, "-m", "judge.cli", "--problems", str(PROBLEMS), "run", attack.problem,
            "--solution", str(attack.path), "--no-fuzz", "--no-record", "--format", output, "--sandbox", sandbox]
    process = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               start_new_session=True, text=True)
    try:
        stdout, stderr = process.communicate(timeout=JUDGE_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
    return Run(attack, mode, process.returncode, stdout, stderr, cwd, home)


def marked_processes() -> dict[int, str]:
    """Live (non-zombie) processes whose argv, environment or any thread's name holds the marker."""
    found: dict[int, str] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            stat = (entry / "stat").read_text()
            if stat.rsplit(")", 1)[1].split()[0] in ("Z", "X"):
                continue
            texts = [(entry / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace"),
                     (entry / "environ").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")]
            texts += [(task / "comm").read_text() for task in (entry / "task").iterdir()]
        except OSError:
            continue
        for text in texts:
            if MARK in text:
                found[int(entry.name)] = text.strip()[:200]
                break
    return found


def written_files() -> list[Path]:
    """Files an attack named jatk-wrote-* anywhere it aimed at (outside a sandbox's private /tmp)."""
    places = [ATTACKS, REPO, REPO / "problems", Path.home(), Path("/root"), Path("/home"), Path("/tmp"),
              Path("/var/tmp")]
    found = [path for place in places if place.is_dir() for path in place.glob("jatk-*")]
    found += [path for path in PROBLEMS.rglob("jatk-*")]
    return found


def tree_snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``roots`` with its size and modification time."""
    snapshot = {}
    for root in roots:
        for path in root.rglob("*"):
            if "__pycache__" in path.parts:
                continue
            info = path.lstat()
            snapshot[str(path)] = (info.st_size, info.st_mtime_ns)
    return snapshot


def bwrap_usable() -> bool:
    return bwrap.availability().usable


def sandbox_of(mode: str) -> str:
    return mode.partition("-")[0]


def modes_of(attack: Attack) -> list[str]:
    """The modes an attack runs in here: each sandbox it has a verdict for, and for attacks on
    measurement the same again without kernel accounting (where the machine has it)."""
    sandboxes = [m for m in ("process", "bwrap") if getattr(attack, m) is not None
                 and (m == "process" or bwrap_usable())]
    if attack.fallback and cgroup.support().usable:
        sandboxes += [f"{m}-nocgroup" for m in sandboxes]
    return sandboxes


# -- running the whole batch once -----------------------------------------------------------------


@dataclass
class Batch:
    runs: dict[tuple[str, str], Run]
    accepted: list[bytes]
    leftovers: dict[int, str]
    written: list[Path]
    before: dict[str, tuple[int, int]]
    after: dict[str, tuple[int, int]]


def run_all(pairs: list[tuple[Attack, str]], workdir: Path) -> Batch:
    assert not marked_processes(), f"processes marked {MARK!r} are running before the suite starts"
    before = tree_snapshot(ATTACKS, PROBLEMS)
    listener = Listener()
    try:
        with ThreadPoolExecutor(max_workers=PARALLEL) as pool:
            futures = {(a.name, mode): pool.submit(judge, a, mode, workdir / f"{a.name}-{mode}") for a, mode in pairs}
            runs = {key: future.result() for key, future in futures.items()}
    finally:
        accepted = listener.close()
    leftovers = marked_processes()
    for _ in range(10):  # a process killed a moment ago may still be on its way out
        if not leftovers:
            break
        time.sleep(0.1)
        leftovers = marked_processes()
    for pid in leftovers:  # do not leave them behind on the machine; the tests still fail
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    written = written_files()
    return Batch(runs, accepted, leftovers, written, before, tree_snapshot(ATTACKS, PROBLEMS))


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Batch:
    pairs = [(a, mode) for a in ALL for mode in modes_of(a)]
    return run_all(pairs, tmp_path_factory.mktemp("attacks"))


def cases() -> list[Any]:
    params = []
    for attack in ALL:
        modes = ["bwrap", "process"] + (["bwrap-nocgroup", "process-nocgroup"] if attack.fallback else [])
        for mode in modes:
            marks = []
            if sandbox_of(mode) == "process" and attack.process is None:
                marks.append(pytest.mark.skip(reason=f"bwrap only: {PROCESS_CANNOT[attack.name]}"))
            elif mode.endswith("-nocgroup") and not cgroup.support().usable:
                marks.append(pytest.mark.skip(reason="no kernel accounting here: the plain runs are the fallback"))
            params.append(pytest.param(attack.name, mode, id=f"{attack.name}-{mode}", marks=marks))
    return params


# -- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name,mode", cases())
def test_attack_is_contained(batch: Batch, name: str, mode: str) -> None:
    attack = BY_NAME[name]
    if sandbox_of(mode) == "bwrap" and not bwrap_usable():
        pytest.skip(f"bubblewrap is not usable here: {bwrap.availability().reason}")
    run = batch.runs[(name, mode)]
    context = f"{name} in {mode} mode: status {run.status}\nstderr: {run.stderr[-2000:]}"
    expected = getattr(attack, sandbox_of(mode))
    assert run.status == (0 if expected == "AC" else 1), context  # a verdict, reported normally
    assert len(run.stdout) < REPORT_CAP, f"{context}\na report of {len(run.stdout):,} characters"
    report = run.report  # one valid JSON document, nothing else on stdout
    assert report["verdict"] == expected, f"{context}\nmessage: {report['message']}"
    assert report["sandbox"] == sandbox_of(mode)
    assert SECRET not in run.stdout and SECRET not in run.stderr
    assert not list(run.cwd.iterdir()), f"the judge's working directory got {list(run.cwd.iterdir())}"
    assert not list(run.home.iterdir()), f"the judge's HOME got {list(run.home.iterdir())}"
    still = {pid: text for pid, text in batch.leftovers.items() if any(m in text for m in attack.markers)}
    assert not still, f"left running after {name}: {still}"


def test_nothing_left_running(batch: Batch) -> None:
    assert not batch.leftovers, f"processes still running after the attacks: {batch.leftovers}"


def test_nothing_written(batch: Batch) -> None:
    assert not batch.written, f"attacks wrote {batch.written}"
    assert batch.after == batch.before, "the fixture folders changed during the attacks"


def test_no_connection_reached_the_listener(batch: Batch) -> None:
    assert batch.accepted == [], f"connections reached 127.0.0.1: {batch.accepted}"


def test_messages_name_what_happened(batch: Batch) -> None:
    """Spot checks that the message says why, not only the verdict."""
    for mode in ("process", "bwrap"):
        if ("segfault_ctypes", mode) in batch.runs:
            assert "SIGSEGV" in batch.runs[("segfault_ctypes", mode)].report["message"]
        for forger in ("forge_all_fds", "forge_env_token"):
            if (forger, mode) in batch.runs:
                assert "forged" in batch.runs[(forger, mode)].report["message"]
    if ("fork_children", "bwrap") in batch.runs:
        assert "Operation not permitted" in batch.runs[("fork_children", "bwrap")].report["message"]
    expected_words = {"forge_deep_reply": "nested more than", "forge_malformed_reply": "malformed reply",
                      "cpu_at_import": "while importing", "cpu_in_thread": "time limit"}
    for (name, mode), run in batch.runs.items():
        if name in expected_words:
            assert expected_words[name] in run.report["message"], f"{name} in {mode}: {run.report['message']}"


def test_text_report_escapes_control_characters(tmp_path: Path) -> None:
    """A solution that prints escape codes (clear the screen, a green "Accepted") in its
    messages, traceback and stdout: the text report shows them escaped, and stays small."""
    mode = "bwrap" if bwrap_usable() else "process"
    run = judge(BY_NAME["huge_message"], mode, tmp_path, output="text")
    assert run.status == 1, run.stderr[-2000:]
    assert run.stdout.startswith("Runtime Error (RE)")
    assert "\x1b" not in run.stdout and "\r" not in run.stdout
    assert "\\x1b[1;32mAccepted" in run.stdout  # shown, as an escape
    assert len(run.stdout) < REPORT_CAP


# -- controls: the bwrap-only attacks do work in a plain process -----------------------------------


@pytest.fixture(scope="module")
def controls(batch: Batch, tmp_path_factory: pytest.TempPathFactory) -> Batch:
    """Runs after the main batch (its listener is closed), in process mode, where these succeed."""
    names = ["read_hidden_cases", "network_connect", "proc_environ_secret", "kill_parent"]
    return run_all([(BY_NAME[n], "process") for n in names], tmp_path_factory.mktemp("controls"))


def test_control_process_mode_reads_hidden_cases(controls: Batch) -> None:
    run = controls.runs[("read_hidden_cases", "process")]
    assert run.status == 0 and run.report["verdict"] == "AC"  # it read the answers from disk


def test_control_process_mode_reaches_the_network(controls: Batch) -> None:
    assert any(b"jatk-network" in data for data in controls.accepted)


def test_control_process_mode_leaks_the_judges_environment(controls: Batch) -> None:
    assert SECRET in controls.runs[("proc_environ_secret", "process")].stdout


def test_control_process_mode_can_kill_the_judge(controls: Batch) -> None:
    run = controls.runs[("kill_parent", "process")]
    assert run.status == -signal.SIGKILL and run.stdout == ""
