"""Cgroup detection and the v2 file handling, against fake cgroup trees of plain files.

The CI machines have cgroup v1 only (their v2 hierarchy has no controllers), so v2 is
checked here: a tmp_path holds /proc/self/mountinfo, /proc/self/cgroup and the group
directories with the files the kernel would show; ``cgroup_setup.mkdir`` is replaced by
one that adds those files to each new group, as the kernel does.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from judge.sandbox import cgroup_setup
from judge.sandbox.cgroup import ChildCgroup
from judge.sandbox.cgroup_support import CgroupSupport, detect

V2_FILES = {
    "cgroup.controllers": "cpu memory pids", "cgroup.subtree_control": "", "cgroup.procs": "",
    "cgroup.kill": "", "cpu.stat": "usage_usec 0\n", "memory.max": "max", "memory.swap.max": "max",
    "memory.oom.group": "0", "memory.current": "0", "memory.events": "low 0\nhigh 0\nmax 0\noom 0\noom_kill 0\n",
    "pids.max": "max", "pids.current": "0", "pids.events": "max 0\n",
}


def fake_group(path: Path, **files: str) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    for name, text in {**V2_FILES, **{k.replace("_", ".", 1): v for k, v in files.items()}}.items():
        (path / name).write_text(text)
    return path


def fake_proc(tmp_path: Path, mounts: list[str], cgroup: str) -> Path:
    proc = tmp_path / "proc"
    proc.mkdir()
    (proc / "mountinfo").write_text("".join(line + "\n" for line in mounts))
    (proc / "cgroup").write_text(cgroup)
    return proc


def v2_machine(tmp_path: Path, procs: str = "") -> tuple[Path, Path]:
    """A v2-only machine; the judge runs in the scope /user.slice/judge.scope."""
    mount = tmp_path / "cg"
    base = fake_group(mount / "user.slice" / "judge.scope", cgroup_procs=procs or str(os.getpid()))
    proc = fake_proc(tmp_path, [f"30 23 0:26 / {mount} rw,nosuid shared:4 - cgroup2 cgroup2 rw,nsdelegate"],
                     "0::/user.slice/judge.scope\n")
    return proc, base


def test_v2_is_chosen_and_the_judge_will_leave_its_scope(tmp_path: Path) -> None:
    proc, base = v2_machine(tmp_path)
    found = detect(proc, env={})
    assert found.version == 2 and found.evacuate
    assert found.hierarchies[0].base == base
    assert found.measures == {"memory", "pids", "cpu"}
    assert found.describe().startswith(f"cgroup v2 under {base}: CPU time of all threads, memory incl.")


def test_v2_with_other_processes_in_the_scope_says_how_to_delegate(tmp_path: Path) -> None:
    proc, _ = v2_machine(tmp_path, procs=f"{os.getpid()}\n1\n")
    found = detect(proc, env={})
    assert not found.usable
    assert "holds other processes (1)" in found.reason and "Delegate=yes" in found.reason
    assert "no memory hierarchy" in found.reason  # and why v1 did not do either


def test_v2_without_delegated_controllers_lists_what_is_there(tmp_path: Path) -> None:
    proc, base = v2_machine(tmp_path)
    (base / "cgroup.controllers").write_text("cpu io")
    found = detect(proc, env={})
    assert not found.usable and "cgroup.controllers lists cpu io" in found.reason
    assert found.describe().startswith("unavailable — cgroup v2: the memory and pids controllers")


def test_judge_cgroup_names_the_base_or_turns_it_off(tmp_path: Path) -> None:
    proc, _ = v2_machine(tmp_path)
    delegated = fake_group(tmp_path / "cg" / "delegated", cgroup_procs="")
    found = detect(proc, env={"JUDGE_CGROUP": str(delegated)})
    assert found.hierarchies[0].base == delegated and not found.evacuate
    off = detect(proc, env={"JUDGE_CGROUP": "none"})
    assert not off.usable and "JUDGE_CGROUP=none" in off.reason


def test_v1_hierarchies_are_found_through_mountinfo(tmp_path: Path) -> None:
    root = tmp_path / "my cgroups"  # mountinfo escapes the space as \040
    for name in ("memory", "pids", "cpu,cpuacct"):
        (root / name / "session").mkdir(parents=True)
    escaped = str(root).replace(" ", "\\040")
    mounts = [f"4{i} 31 0:3{i} / {escaped}/{name} rw - cgroup cgroup rw,{name}"
              for i, name in enumerate(("memory", "pids", "cpu,cpuacct"))]
    mounts.append(f"50 31 0:40 / {tmp_path}/unified rw - cgroup2 cgroup2 rw")  # hybrid: v2 without controllers
    (tmp_path / "unified").mkdir()
    (tmp_path / "unified" / "cgroup.controllers").write_text("")
    proc = fake_proc(tmp_path, mounts, "4:memory:/session\n3:pids:/session\n2:cpu,cpuacct:/session\n0::/\n")
    found = detect(proc, env={})
    assert found.version == 1
    assert {h.base: h.controllers for h in found.hierarchies} == {
        root / "memory" / "session": {"memory"}, root / "pids" / "session": {"pids"},
        root / "cpu,cpuacct" / "session": {"cpu"}}


def test_v1_without_cpuacct_still_bounds_memory_and_processes(tmp_path: Path) -> None:
    for name in ("memory", "pids"):
        (tmp_path / name).mkdir()
    mounts = [f"4{i} 31 0:3{i} / {tmp_path}/{name} rw - cgroup cgroup rw,{name}" for i, name in enumerate(("memory", "pids"))]
    found = detect(fake_proc(tmp_path, mounts, "4:memory:/\n3:pids:/\n"), env={})
    assert found.version == 1 and found.measures == {"memory", "pids"}
    assert "no cpuacct hierarchy" in found.notes[0] and "falls back to /proc" in found.describe()


@pytest.fixture
def kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    """New groups get the files the kernel would give them."""
    monkeypatch.setattr(cgroup_setup, "mkdir", lambda path, exist_ok=False: fake_group(path) if not
                        (exist_ok and path.is_dir()) else None)


@pytest.mark.usefixtures("kernel")
def test_v2_create_enables_controllers_and_sets_the_limits(tmp_path: Path) -> None:
    proc, base = v2_machine(tmp_path)
    found = detect(proc, env={})
    group = ChildCgroup.create(64 << 20, 12, found)
    (leaf,) = group.leaves
    parent = leaf.parent
    supervisor = base / cgroup_setup.owner_name("judge-supervisor")
    assert (supervisor / "cgroup.procs").read_text() == str(os.getpid())  # left the scope first
    assert (base / "cgroup.subtree_control").read_text() == "+memory +pids"
    assert (parent / "cgroup.subtree_control").read_text() == "+memory +pids"
    assert parent.name == cgroup_setup.owner_name() and leaf.parent == parent
    assert {f: (leaf / f).read_text() for f in ("memory.max", "memory.swap.max", "memory.oom.group", "pids.max")} == {
        "memory.max": str(64 << 20), "memory.swap.max": "0", "memory.oom.group": "1", "pids.max": "12"}
    group.enter()
    assert (leaf / "cgroup.procs").read_text() == "0"  # "0": the writer itself
    (leaf / "cgroup.procs").write_text("")
    group.close()
    assert (leaf / "cgroup.kill").read_text() == "1"


def test_v2_readers(tmp_path: Path) -> None:
    leaf = fake_group(tmp_path / "leaf", cpu_stat="usage_usec 1500000\nuser_usec 1000000\nsystem_usec 500000\n",
                      memory_peak="123456", memory_events="low 0\nhigh 0\nmax 4\noom 1\noom_kill 1\n",
                      pids_peak="7", pids_events="max 2\n", pids_current="3")
    with ChildCgroup(2, dict.fromkeys(("memory", "pids", "cpu"), leaf)) as group:
        assert group.cpu_seconds() == 1.5
        assert group.memory_peak_bytes() == 123456 and not group.peak_is_polled
        assert group.memory_limit_hit() is True
        assert (group.pids_current(), group.pids_peak(), group.pids_limit_hit()) == (3, 7, True)
        assert group.reset_peak()
        assert (leaf / "memory.peak").read_text().startswith("reset")


def test_v2_peak_is_polled_where_the_kernel_has_no_memory_peak(tmp_path: Path) -> None:
    leaf = fake_group(tmp_path / "leaf")
    with ChildCgroup(2, dict.fromkeys(("memory", "pids", "cpu"), leaf)) as group:
        assert group.peak_is_polled and group.pids_peak() is None
        (leaf / "memory.current").write_text("1000\n")
        group.sample()
        (leaf / "memory.current").write_text("300\n")
        assert group.memory_peak_bytes() == 1000
        assert group.reset_peak() and group.memory_peak_bytes() == 300
        assert group.memory_limit_hit() is False


def test_unreadable_figures_are_unknown_not_errors(tmp_path: Path) -> None:
    leaf = fake_group(tmp_path / "leaf", cpu_stat="garbage", memory_events="")
    for name in ("pids.current", "pids.events"):
        (leaf / name).unlink()
    with ChildCgroup(2, dict.fromkeys(("memory", "pids", "cpu"), leaf)) as group:
        assert group.cpu_seconds() is None
        assert group.memory_limit_hit() is None
        assert group.pids_current() is None and group.pids_limit_hit() is None


def test_support_without_a_version_is_unusable() -> None:
    assert not CgroupSupport(None, reason="x").usable and CgroupSupport(None).measures == frozenset()
