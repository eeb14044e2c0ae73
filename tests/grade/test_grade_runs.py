"""`judge grade` runs: shards and merge, resume after a kill, exit codes, a judge fault as IE."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from classgen import PROBLEMS, QUICK_CLASS, SOURCES, write_class
from grade_helpers import comparable, grade_cli

from judge.grading import log as grade_log
from judge.paths import grade_log_path
from judge.problems.catalog import Catalog
from judge.grading.pool import GradeOptions, Submission, discover, grade, in_shard
from judge.verdict import Verdict

QUICK = ("--no-fuzz", "-j", "2")


@pytest.fixture
def quick_class(tmp_path: Path) -> Path:
    write_class(tmp_path / "class", QUICK_CLASS)
    return tmp_path


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_two_shards_merged_equal_one_unsharded_run(quick_class: Path) -> None:
    assert grade_cli("grade", "class", *QUICK, "--json", "all.json", cwd=quick_class).exit_code == 0
    for k in (1, 2):
        result = grade_cli("grade", "class", *QUICK, "--shard", f"{k}/2", "--json", f"shard-{k}.json", cwd=quick_class)
        assert result.exit_code == 0, result.output
    one, two = load(quick_class / "shard-1.json"), load(quick_class / "shard-2.json")
    keys = [{f"{r['submitter']}/{r['file']}" for r in d["results"]} for d in (one, two)]
    assert keys[0] and keys[1] and not keys[0] & keys[1]  # a real split, disjoint
    merged = grade_cli("merge", "shard-2.json", "shard-1.json", "--json", "merged.json", "--junit", "merged.xml",
                       cwd=quick_class)
    assert merged.exit_code == 0, merged.output
    assert comparable(load(quick_class / "merged.json")) == comparable(load(quick_class / "all.json"))
    assert "readme_draft.py" in merged.stdout  # the unmatched file survives the merge


def test_merge_refuses_a_missing_or_repeated_shard(quick_class: Path) -> None:
    for k in (1, 2):
        grade_cli("grade", "class", *QUICK, "--shard", f"{k}/2", "--json", f"shard-{k}.json", cwd=quick_class)
    missing = grade_cli("merge", "shard-1.json", cwd=quick_class)
    assert missing.exit_code == 2 and "shard(s) 2/2 missing" in missing.output
    repeated = grade_cli("merge", "shard-1.json", "shard-1.json", "shard-2.json", cwd=quick_class)
    assert repeated.exit_code == 2 and "pass each shard's file once" in repeated.output
    (quick_class / "other.json").write_text('{"results": 3}')
    assert grade_cli("merge", "other.json", cwd=quick_class).exit_code == 2


def test_shards_are_a_stable_partition() -> None:
    keys = [f"student{n}/{p}.py" for n in range(50) for p in ("76", "3", "add_two")]
    for total in (1, 2, 3, 5):
        owners = [[k for k in range(1, total + 1) if in_shard(key, (k, total))] for key in keys]
        assert all(len(o) == 1 for o in owners)
    # crc32, not Python's salted hash(): the same on every machine and every run
    assert [k for k in range(1, 4) if in_shard("alice/76.py", (k, 3))] == [1]  # crc32 = 1117929603


def test_fail_on_reject_exit_codes(tmp_path: Path) -> None:
    write_class(tmp_path / "good", {"ann": {"add_two.py": "add_ok", "sum_list.py": "sum_ok"}})
    write_class(tmp_path / "mixed", {"ann": {"add_two.py": "add_ok"}, "ben": {"add_two.py": "add_wrong"}})
    assert grade_cli("grade", "good", *QUICK, "--fail-on-reject", cwd=tmp_path).exit_code == 0
    assert grade_cli("grade", "mixed", *QUICK, "--results", "m.jsonl", cwd=tmp_path).exit_code == 0
    rejected = grade_cli("grade", "mixed", *QUICK, "--results", "m2.jsonl", "--fail-on-reject", cwd=tmp_path)
    assert rejected.exit_code == 1
    merged = grade_cli("grade", "mixed", *QUICK, "--results", "m3.jsonl", "--json", "m.json", cwd=tmp_path)
    assert merged.exit_code == 0
    assert grade_cli("merge", "m.json", "--fail-on-reject", cwd=tmp_path).exit_code == 1


@pytest.mark.parametrize("args, message", [
    (["grade", "nowhere"], "does not exist"),
    (["grade", "empty"], "no .py files"),
    (["grade", "good", "--shard", "3/2"], "K/N"),
    (["grade", "good", "--shard", "half"], "K/N"),
    (["grade", "good", "-j", "0"], "0"),
    (["merge"], "Missing argument"),
])
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "empty").mkdir()
    write_class(tmp_path / "good", {"ann": {"add_two.py": "add_ok"}})
    result = grade_cli(*args, cwd=tmp_path)
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output


def test_a_flat_folder_is_one_submitter_named_after_it(tmp_path: Path) -> None:
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "add-two.py").write_text(SOURCES["add_ok"])
    (tmp_path / "solutions" / "9998.py").write_text(SOURCES["sum_wrong"])
    result = grade_cli("grade", "solutions", *QUICK, "--json", "out.json", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    got = {(r["submitter"], r["problem"], r["verdict"]) for r in load(tmp_path / "out.json")["results"]}
    assert got == {("solutions", "add-two", "AC"), ("solutions", "sum-list", "WA")}


def test_a_fault_of_the_judge_on_one_submission_is_IE_and_the_rest_is_graded(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from judge.judging import runner

    real = runner.judge_file

    def flaky(problem, path, options):  # type: ignore[no-untyped-def]
        if path.name == "broken.py":
            raise RuntimeError("the judge tripped")
        return real(problem, path, options)

    monkeypatch.setattr(runner, "judge_file", flaky)
    write_class(tmp_path, {"ann": {"add_two.py": "add_ok"}, "ben": {"add_two.py": "add_ok"}})
    (tmp_path / "ben" / "broken.py").write_text(SOURCES["add_ok"])
    catalog = Catalog(PROBLEMS)
    subs = [Submission("ann", tmp_path / "ann" / "add_two.py", "add-two"),
            Submission("ben", tmp_path / "ben" / "broken.py", "add-two"),
            Submission("ben", tmp_path / "ben" / "add_two.py", "add-two")]
    seen: list[str] = []
    results = grade(subs, catalog, GradeOptions(jobs=2, fuzz=False), lambda g: seen.append(g.key))
    by_key = {r.key: r for r in results}
    assert by_key["ben/broken.py"].verdict is Verdict.IE
    assert "RuntimeError: the judge tripped" in by_key["ben/broken.py"].message
    assert by_key["ann/add_two.py"].verdict is Verdict.AC and by_key["ben/add_two.py"].verdict is Verdict.AC
    assert sorted(seen) == sorted(by_key)


def test_a_worker_that_dies_costs_only_its_own_submission(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from judge.judging import runner

    real = runner.judge_file

    def dies(problem, path, options):  # type: ignore[no-untyped-def]
        if path.parent.name == "ben":
            os._exit(9)  # as if the OOM killer took the judging process
        return real(problem, path, options)

    monkeypatch.setattr(runner, "judge_file", dies)
    write_class(tmp_path, {"ann": {"add_two.py": "add_ok"}, "ben": {"add_two.py": "add_ok"},
                           "cyd": {"sum_list.py": "sum_wrong"}})
    subs = [Submission(name, tmp_path / name / file, problem)
            for name, file, problem in (("ann", "add_two.py", "add-two"), ("ben", "add_two.py", "add-two"),
                                        ("cyd", "sum_list.py", "sum-list"))]
    results = {r.key: r for r in grade(subs, Catalog(PROBLEMS), GradeOptions(jobs=2, fuzz=False), lambda g: None)}
    assert results["ben/add_two.py"].verdict is Verdict.IE
    assert "worker process died (exit status 9)" in results["ben/add_two.py"].message
    assert results["ann/add_two.py"].verdict is Verdict.AC and results["cyd/sum_list.py"].verdict is Verdict.WA


def test_a_malformed_problem_folder_is_IE_for_its_submissions_only(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "problems"
    shutil.copytree(PROBLEMS / "add-two", root / "add-two")
    (root / "broken").mkdir()
    (root / "broken" / "problem.toml").write_text('title = "no difficulty, no entry"\n')
    write_class(tmp_path / "class", {"ann": {"add_two.py": "add_ok", "broken.py": "add_ok"}})
    found, unmatched = discover(tmp_path / "class", Catalog(root))
    assert not unmatched
    results = {r.key: r for r in grade(found, Catalog(root), GradeOptions(jobs=2, fuzz=False), lambda g: None)}
    assert results["ann/add_two.py"].verdict is Verdict.AC
    assert results["ann/broken.py"].verdict is Verdict.IE
    assert "problem.toml" in results["ann/broken.py"].message


def _graded_keys(results: Path) -> list[str]:
    return [r.key for r in grade_log.read_records(results)]


def test_resume_after_a_torn_write_judges_only_what_is_missing(quick_class: Path) -> None:
    assert grade_cli("grade", "class", *QUICK, "--json", "all.json", cwd=quick_class).exit_code == 0
    results = grade_log_path(quick_class / "class", None)
    assert not (quick_class / "grade-results.jsonl").exists(), "the resume log stays out of the current folder"
    lines = results.read_bytes().splitlines(keepends=True)
    # a kill after four records, in the middle of writing the fifth
    results.write_bytes(b"".join(lines[:5]) + lines[5][:40])
    kept = _graded_keys(results)
    assert len(kept) == 4
    again = grade_cli("grade", "class", *QUICK, "--resume", "--json", "resumed.json", cwd=quick_class)
    assert again.exit_code == 0, again.output
    judged = [line.split()[1].rstrip(":") for line in again.stderr.splitlines() if line.startswith("[")]
    assert not set(judged) & set(kept)
    assert len(judged) == len(lines) - 1 - 4
    assert comparable(load(quick_class / "resumed.json")) == comparable(load(quick_class / "all.json"))
    final = _graded_keys(results)
    assert final[:4] == kept and len(final) == len(set(final)) == len(lines) - 1


def test_resume_after_the_process_is_killed_loses_nothing(quick_class: Path) -> None:
    env = {**os.environ, "JUDGE_PROBLEMS": str(PROBLEMS)}
    command = [sys.executable, "-m", "judge.cli", "grade", "class", "--no-fuzz", "-j", "1"]
    child = subprocess.Popen(command, cwd=quick_class, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
    results = grade_log_path(quick_class / "class", None)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and child.poll() is None:
        if results.exists() and len(_graded_keys(results)) >= 2:
            break
        time.sleep(0.02)
    os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    kept = _graded_keys(results)
    assert 2 <= len(kept) < 10, "the kill must land midway through the class"
    again = grade_cli("grade", "class", "--no-fuzz", "-j", "2", "--resume", "--json", "resumed.json",
                      cwd=quick_class)
    assert again.exit_code == 0, again.output
    judged = {line.split()[1].rstrip(":") for line in again.stderr.splitlines() if line.startswith("[")}
    assert not judged & set(kept), "a submission already graded was judged again"
    resumed = load(quick_class / "resumed.json")
    assert len(resumed["results"]) == 10
    assert {f"{r['submitter']}/{r['file']}" for r in resumed["results"]} == judged | set(kept)


def test_resume_refuses_a_results_file_made_with_other_options(quick_class: Path) -> None:
    write_class(quick_class / "small", {"ann": {"add_two.py": "add_ok"}})
    assert grade_cli("grade", "small", *QUICK, cwd=quick_class).exit_code == 0
    other = grade_cli("grade", "small", *QUICK, "--seed", "7", "--resume", cwd=quick_class)
    assert other.exit_code == 2 and "seed" in other.output


def test_a_file_that_is_not_a_results_file_is_never_overwritten(quick_class: Path) -> None:
    mine = quick_class / "notes.txt"
    mine.write_text("my notes\n")
    result = grade_cli("grade", "class", *QUICK, "--results", "notes.txt", cwd=quick_class)
    assert result.exit_code == 2 and "never overwritten" in result.output
    assert mine.read_text() == "my notes\n"

