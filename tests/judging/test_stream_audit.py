"""The audit of stream problems and the source the harness gives a solution (issue 14, issue 11 item 2).

- ``stream.audit_point`` never forks the first case (it is always replayed) and never forks
  a case in its last ``FORK_TAIL`` draws;
- every path that sends a stream case (judged run, audit, re-measurement, reference clock)
  sends the one request ``protocol.case_request`` builds, whatever its caller built;
- in a real child, the source gives exactly the judge's draws in order, starts afresh in
  every case (the rest of a block is dropped and reported unused), raises outside a case,
  and a case's outputs equal on the same key and differ after a fork.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from judge.judging import draws, replay
from judge.judging.stream import FORK_TAIL, audit_point
from judge.problems.catalog import builtin_problems
from judge.problems.problem import Case, Problem, load_problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Exchange, Limits
from judge.sandbox.protocol import Reply, Status


def _problem() -> Problem:
    root = builtin_problems()
    assert root is not None
    return load_problem(root / "implement-rand10-using-rand6")


def _case(name: str, seed: int, calls: int) -> Case:
    return Case(name=name, group="g", args=[], expected=None, where="test", seed=seed, calls=calls)


def test_the_audit_never_forks_the_first_case_nor_a_case_near_its_end() -> None:
    cases = [_case(f"c{i}", i, 1000) for i in range(4)]
    served = {"c0": 400_000, "c1": FORK_TAIL + 3_000, "c2": FORK_TAIL, "c3": FORK_TAIL + 5_000}
    seen = set()
    for _ in range(400):
        at, fork_at = audit_point(cases, served)
        assert at in (1, 3)  # c0 is always replayed; c2 has no draw FORK_TAIL before its end
        assert 0 <= fork_at < served[cases[at].name] - FORK_TAIL
        seen.add(at)
    assert seen == {1, 3}


def test_short_streams_fork_the_last_case_in_its_first_half() -> None:
    cases = [_case("a", 1, 10), _case("b", 2, 10)]
    for _ in range(100):
        at, fork_at = audit_point(cases, {"a": 100, "b": 60})
        assert at == 1 and 0 <= fork_at <= 30
    at, fork_at = audit_point(cases[:1], {"a": FORK_TAIL * 3})  # a single case is forked itself
    assert at == 0 and fork_at < FORK_TAIL * 2


class _Recorder:
    """Stands in for a Child: records each stream request and answers it with ``calls`` ones."""

    def __init__(self) -> None:
        self.sent: list[dict[str, Any]] = []

    def request(self, message: dict[str, Any], timeout_s: float, cpu_limit_s: float | None = None,
                serve: Any = None) -> Exchange:
        self.sent.append({k: v for k, v in message.items() if k != "draws"})
        return Exchange(Reply(Status.OK, value=[1] * int(message["calls"]), unused=0), wall_s=0.0)


def test_every_path_sends_a_stream_case_as_the_one_request() -> None:
    # A solution shares the harness's process and can read its request: if the judged run and
    # the audit asked differently (other fields, another count of calls), it could cheat only
    # when judged. draws.request sends protocol.case_request's form whatever the caller built.
    problem, case = _problem(), _case("c", 7, 50)
    child = _Recorder()
    plain = protocol.case_request(problem, case)
    for message in (plain, dict(plain, calls=case.calls * 2), dict(plain, extra=1)):
        draws.request(child, problem, case, message, 1.0, key=b"k" * 32)  # type: ignore[arg-type]
    assert child.sent == [plain, plain, plain]


SOLUTION = '''
try:
    rand6()
    OUTSIDE = "no error"
except RuntimeError as exc:
    OUTSIDE = str(exc)

class Solution:
    def rand10(self):
        return rand6()
'''


@pytest.fixture(scope="module")
def solution(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("source") / "echo_draws.py"
    path.write_text(SOLUTION)
    return path


def _run(problem: Problem, solution: Path, cases: list[Case], key: bytes,
         fork: tuple[int, bytes] | None = None) -> list[tuple[list[int], int | None, int | None]]:
    found = []
    with Child(solution, Limits(cpu_s=60, memory_mb=problem.memory_mb, output_bytes=1 << 20), "process") as child:
        child.load(problem, 30)
        for case in cases:
            exchange, used = draws.request(child, problem, case, {}, 30, key=key, fork=fork)
            assert exchange.reply is not None and exchange.reply.ok, exchange
            found.append((exchange.reply.value, exchange.reply.unused, used))
    return found


def test_the_source_serves_the_judges_draws_afresh_in_every_case(solution: Path) -> None:
    problem, key = _problem(), draws.new_key()
    calls = draws.BLOCK + 100  # one whole block and part of a second
    cases = [_case("a", 11, calls), _case("b", 12, 30)]
    (first, unused_a, used_a), (second, unused_b, used_b) = _run(problem, solution, cases, key)
    block0, block1 = draws.derive(key, 6, 11, 0), draws.derive(key, 6, 11, 1)
    assert first == list(block0 + block1[:100])
    assert (unused_a, used_a) == (draws.BLOCK - 100, calls)
    assert second == list(draws.derive(key, 6, 12, 0)[:30])  # not the rest of case a's block
    assert (unused_b, used_b) == (draws.BLOCK - 30, 30)


def test_the_source_raises_outside_a_case(solution: Path, tmp_path: Path) -> None:
    problem = _problem()
    probe = tmp_path / "probe.py"
    probe.write_text(SOLUTION.replace("return rand6()", "return 1 if 'judge calls' in OUTSIDE else 2"))
    [(outputs, _, _)] = _run(problem, probe, [_case("a", 1, 3)], draws.new_key())
    assert outputs == [1, 1, 1]


def test_a_fork_changes_the_draws_from_its_position_on(solution: Path) -> None:
    problem, key = _problem(), draws.new_key()
    case = _case("a", 5, 3 * draws.BLOCK)
    [(original, _, _)] = _run(problem, solution, [case], key)
    [(again, _, _)] = _run(problem, solution, [case], key)
    fork_at = draws.BLOCK + 1234
    [(forked, _, _)] = _run(problem, solution, [case], key, (fork_at, draws.new_key()))
    assert again == original
    assert forked[:fork_at] == original[:fork_at] and forked[fork_at:] != original[fork_at:]


def _judged(problem: Problem, solution: Path, cases: list[Case], key: bytes) -> dict[str, Any]:
    return {case.name: outputs for case, (outputs, _, _) in zip(cases, _run(problem, solution, cases, key))}


def _audit(problem: Problem, solution: Path, cases: list[Case], key: bytes, at: int, fork_at: int,
           judged: dict[str, Any], history: replay.History | None = None,
           refused: Any = None) -> tuple[list[dict[str, Any]], Any]:
    """(the replayed outputs, the forked ones) from replay.audit; ``refused`` judges the fork (never, if None)."""
    plan = replay.lives(cases, history or replay.History(), lambda case: None if case is cases[0] else cases[0])
    forked: list[Any] = []

    def judge(outputs: Any) -> str | None:
        forked.append(outputs)
        return refused(outputs) if refused is not None else None

    replayed, _ = replay.audit(problem, solution, plan, "process", key, (cases[at].name, fork_at), judged, judge)
    return replayed, forked[0]


def test_the_audit_replays_every_case_and_forks_one_after_the_cases_before_it(solution: Path) -> None:
    # The full replay covers every case, whichever is forked: an output from another source in
    # the last case alone differs (issue 11: a faster path that weakens a guarantee is wrong).
    problem, key = _problem(), draws.new_key()
    cases = [_case("a", 1, 500), _case("b", 2, 500), _case("c", 3, 500)]
    judged = _judged(problem, solution, cases, key)
    (full, before), forked = _audit(problem, solution, cases, key, 1, 100, judged)
    assert full == judged and before == {"a": judged["a"]}
    assert forked[:100] == judged["b"][:100] and forked != judged["b"]
    assert replay.first_difference(cases, judged, [full, before]) is None
    judged["c"] = [v % 6 + 1 for v in judged["c"]]  # as if the last case had come from elsewhere
    replayed, _ = _audit(problem, solution, cases, key, 1, 100, judged)
    assert replay.first_difference(cases, judged, replayed) == (cases[2], full["c"])


def test_the_audit_stops_at_the_first_case_that_does_not_replay(solution: Path) -> None:
    problem, key = _problem(), draws.new_key()
    cases = [_case("a", 1, 200), _case("b", 2, 200), _case("c", 3, 200)]
    judged = _judged(problem, solution, cases, key)
    judged["a"] = [v % 6 + 1 for v in judged["a"]]  # as if the judged run had seen other outputs
    (full, before), forked = _audit(problem, solution, cases, key, 2, 10, judged)
    # both children stopped there: the first to reach a stops the other at a, or before it
    assert sorted([list(full), list(before)]) in ([["a"], ["a"]], [[], ["a"]]) and forked is None
    again = full.get("a", before.get("a"))
    assert again is not None and replay.first_difference(cases, judged, [full, before]) == (cases[0], again)


def test_a_refused_fork_stops_the_full_replay_and_is_not_taken_for_a_difference(solution: Path) -> None:
    # A fork that fails the dependence check decides the verdict (WA): the full replay stops after
    # its current case, and the cases it did not reach are not read as replay differences.
    problem, key = _problem(), draws.new_key()
    cases = [_case(n, i, 300) for i, n in enumerate("abcdefgh")]
    judged = _judged(problem, solution, cases, key)
    (full, before), forked = _audit(problem, solution, cases, key, 1, 10, judged, refused=lambda outputs: "refused")
    assert forked is not None and before == {"a": judged["a"]}
    assert replay.first_difference(cases, judged, [full, before], whole=False) is None
    assert all(full[name] == judged[name] for name in full)


def test_a_case_the_full_replay_did_not_reach_counts_as_differing() -> None:
    cases = [_case("a", 1, 2), _case("b", 2, 2)]
    judged = {"a": [1, 2], "b": [3, 4]}
    assert replay.first_difference(cases, judged, [{"a": [1, 2]}, {"b": [3, 4]}]) == (cases[1], None)


def test_the_replay_runs_the_judged_processes_and_covers_every_kept_case() -> None:
    cases = [_case(n, i, 10) for i, n in enumerate("abcdef")]
    warm = {c.name: (None if c is cases[0] else cases[0]) for c in cases}

    def names(history: replay.History) -> list[list[tuple[str, bool]]]:
        return [[(c.name, kept) for c, kept in life] for life in replay.lives(cases, history, lambda case: warm[case.name])]

    assert names(replay.History()) == [[(n, True) for n in "abcdef"]]
    # c stopped at its cap, its child killed, its outputs from a fresh child; d.. in another child
    assert names(replay.History(starts=[3], apart={"c"})) == [
        [("a", True), ("b", True)], [("a", False), ("c", True)], [("d", True), ("e", True), ("f", True)]]
    # b over its limit but its child alive: b stays in that child's history, uncompared there
    assert names(replay.History(apart={"b"})) == [
        [("a", True), ("b", False), ("c", True), ("d", True), ("e", True), ("f", True)], [("a", False), ("b", True)]]
    # every case stopped (a deliberate overrun everywhere): still every case compared once
    every = names(replay.History(starts=[1, 2, 3, 4, 5], apart=set("abcdef")))
    assert sorted(n for life in every for n, kept in life if kept) == list("abcdef")
    assert [life[-1] for life in every] == [(n, True) for n in "abcdef"]
    plan = replay.lives(cases, replay.History(starts=[3], apart={"c"}), lambda case: warm[case.name])
    assert [c.name for c, _ in replay.fork_life(plan, "e")] == ["d", "e"]
    assert [c.name for c, _ in replay.fork_life(plan, "c")] == ["a", "c"]


CARRIES_STATE = (Path(__file__).parents[2] / "problems" / "implement-rand10-using-rand6" / "submissions" / "accepted"
                 / "module_level_pool.py")


def test_a_judged_run_broken_into_several_processes_is_replayed_as_it_ran() -> None:
    # A case stopped at its cap and passed in fresh children (remeasure) keeps a fresh child's
    # outputs (the sample unmeasured, then the case) and the later cases go on in a fresh child
    # (runner._Cases.fresh). A solution carrying entropy between cases (module_level_pool.py) gives
    # other outputs after another history: replayed as one process, a right solution was WA.
    problem, key = _problem(), draws.new_key()
    cases = [_case("a", 1, 300), _case("b", 2, 300), _case("c", 3, 300), _case("d", 4, 300)]
    judged = _judged(problem, CARRIES_STATE, cases[:2], key)  # the judged child, killed in c
    judged.update(_judged(problem, CARRIES_STATE, [cases[0], cases[2]], key))  # a fresh child: sample, c
    judged.update(_judged(problem, CARRIES_STATE, cases[3:], key))  # the child going on at d
    history = replay.History(starts=[3], apart={"c"})
    for at in (1, 2, 3):
        replayed, forked = _audit(problem, CARRIES_STATE, cases, key, at, 50, judged, history)
        assert replay.first_difference(cases, judged, replayed) is None
        assert len(forked) == 300 and forked != judged[cases[at].name]
    replayed, _ = _audit(problem, CARRIES_STATE, cases, key, 1, 50, judged)  # one process: another history
    found = replay.first_difference(cases, judged, replayed)
    assert found is not None and found[0].name == "c"


def test_a_stream_output_too_wide_for_decimal_json_still_comes_back(tmp_path: Path) -> None:
    # encode_outputs sends a list of plain ints as it is, but only when every one is narrow
    # enough for decimal JSON; a wide one goes through encode() (hexadecimal) and is rebuilt.
    from judge import values

    wide = tmp_path / "wide.py"
    wide.write_text("class Solution:\n    def rand10(self):\n        rand6()\n        return 7 ** 6000\n")
    [(outputs, _, _)] = _run(_problem(), wide, [_case("a", 1, 3)], draws.new_key())
    assert values.rebuild(outputs) == [7**6000] * 3


HONEST_UNTIL_THE_LAST_STREAM = '''
import random

_made = [0]
_other = random.Random()  # unseeded: another source of randomness


class Solution:
    def rand10(self):
        while True:  # honest rejection sampling from rand6(), at the honest rate of draws
            idx = (rand6() - 1) * 6 + rand6()
            if idx <= 30:
                break
        _made[0] += 1
        if _made[0] <= {honest}:
            return (idx - 1) % 10 + 1
        return (idx - 1 + _other.randrange(10)) % 10 + 1  # uniform, follows the draws, not theirs alone
'''


def test_a_solution_honest_for_every_stream_but_the_last_is_refused_by_the_replay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The attack the fork alone caught once in 20 runs: exact from the draws until the last hidden
    # stream, then mixing in an unseeded random.Random (uniform outputs, the draws still taken and
    # still followed, so the statistics, the entropy bound and the fork all pass). The fork is
    # pinned where it helps the attack most (the first hidden stream, its first draw): the verdict
    # must come from the full replay, on every run, whatever the fork.
    from judge.judging import stream
    from judge.judging.runner import RunOptions, judge_file

    problem = _problem()
    cases = problem.all_cases()
    honest = sum(case.calls or 0 for case in cases[:-1])  # every output before the last hidden stream
    solution = tmp_path / "honest_until_the_last_stream.py"
    solution.write_text(HONEST_UNTIL_THE_LAST_STREAM.replace("{honest}", str(honest)))
    monkeypatch.setattr(stream, "audit_point", lambda cases, served: (1, 0))
    result = judge_file(problem, solution, RunOptions(fuzz=False))
    assert result.verdict.value == "WA", result.message
    assert "(replay)" in result.message and result.failing_case is not None
    assert result.failing_case.name == cases[-1].name


# Appended to the known accepted module_level_pool.py (its module-level _pool carries entropy between cases).
STALLS_ONCE = '''

import sys as _sys
import time as _time

_process = []  # [calls of the first case this process ran, outputs made]


def _first_calls():
    frame = _sys._getframe(1)
    while frame is not None:
        found = frame.f_locals.get("request")
        if type(found) is dict and "calls" in found:
            return found["calls"]
        frame = frame.f_back
    return None


class Solution(Solution):
    def rand10(self):
        if not _process:
            _process.extend([_first_calls(), 0])
        if _process == [{sample}, {sample} + {stream}]:  # the third case of a process that began with the sample
            _time.sleep(60)  # stands in for a loaded machine: the judge stops the case at its wall cap
        _process[1] += 1
        return super().rand10()
'''


def test_a_right_solution_carrying_state_stays_accepted_when_a_stopped_case_breaks_the_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The judged child stalls at the start of stream-2 (its third case) and is killed at the wall
    # cap; fresh children (the sample unmeasured, then stream-2) pass it, and stream-3 runs in
    # a fresh child. Fresh children and the audit's never run a third case after the sample, so it
    # stalls once. The runner must record that history and the audit replay it: replayed as one
    # process, stream-2 and stream-3 gave other outputs (the pool carried from stream-1): WA.
    import shutil

    from judge.judging.runner import RunOptions, judge_file

    root = builtin_problems()
    assert root is not None
    folder = tmp_path / "implement-rand10-using-rand6"
    shutil.copytree(root / "implement-rand10-using-rand6", folder, ignore=shutil.ignore_patterns("submissions"))
    (folder / "data" / "sample.jsonl").write_text('{"name": "sample", "args": [], "seed": 1, "calls": 2000}\n')
    (folder / "data" / "secret" / "01-streams.jsonl").write_text("".join(
        f'{{"name": "stream-{i}", "args": [], "seed": {100 + i}, "calls": 20000}}\n' for i in (1, 2, 3)))
    solution = tmp_path / "stalls_once.py"
    pooled = (root / "implement-rand10-using-rand6" / "submissions" / "accepted" / "module_level_pool.py").read_text()
    solution.write_text(pooled + STALLS_ONCE.replace("{sample}", "2000").replace("{stream}", "20000"))
    seen: list[replay.History] = []
    lives = replay.lives
    monkeypatch.setattr(replay, "lives", lambda cases, history, warm_up: seen.append(history) or lives(cases, history, warm_up))
    result = judge_file(load_problem(folder), solution, RunOptions(fuzz=False))
    assert result.verdict.value == "AC", result.message
    assert [(h.starts, h.apart) for h in seen] == [([3], {"stream-2"})]
