"""The polling watcher: a save is reported once, after it settles; nothing else is."""

from __future__ import annotations

import os

from judge.practice.watch import PollingWatcher


def test_a_save_is_reported_once_after_two_polls_agree(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("stub\n")
    watcher = PollingWatcher(path)
    assert watcher.poll() == "tick"
    path.write_text("one\n")
    assert watcher.poll() == "tick"      # seen once: it might still be being written
    assert watcher.poll() == "changed"
    assert watcher.poll() == "tick"      # reported already


def test_a_half_written_file_is_not_reported_until_it_stops_changing(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("stub\n")
    watcher = PollingWatcher(path)
    path.write_text("")
    assert watcher.poll() == "tick"
    path.write_text("class Solution: ...\n")
    assert watcher.poll() == "tick"      # it changed again between the polls
    assert watcher.poll() == "changed"


def test_same_size_same_mtime_edit_is_seen_by_its_hash(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("return a+b\n")
    stat = path.stat()
    watcher = PollingWatcher(path)
    path.write_text("return a-b\n")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # a coarse-mtime filesystem would show no change
    assert [watcher.poll(), watcher.poll()] == ["tick", "changed"]


def test_a_missing_file_is_not_a_change_but_its_return_is(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("old\n")
    watcher = PollingWatcher(path)
    path.unlink()
    assert [watcher.poll(), watcher.poll()] == ["tick", "tick"]
    path.write_text("new\n")
    assert [watcher.poll(), watcher.poll()] == ["tick", "changed"]


def test_iterating_waits_one_interval_per_event(tmp_path):
    path = tmp_path / "s.py"
    path.write_text("x\n")
    slept: list[float] = []
    watcher = PollingWatcher(path, interval_s=0.25, sleep=slept.append)
    events = iter(watcher)
    assert [next(events), next(events)] == ["tick", "tick"]
    assert slept == [0.25, 0.25]
