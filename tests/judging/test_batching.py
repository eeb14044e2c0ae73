"""Small cases batched into one request (judge.judging.batching) decide nothing a single request
would not: a failing batch is judged again one case per request in a fresh child, a batch over
its CPU bound too, and a reply that breaks the batch protocol is a Runtime Error.

The problem is add-two with 24 hidden cases of distinct inputs, all small: without fuzzing
they go in a batch of 8 (the sample first: a run's first batch is small), then one of 16,
and the last case alone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from fixture_paths import FIXTURE_PROBLEMS

from judge.judging import batching, runner

CASES = 24


@pytest.fixture
def problems(tmp_path: Path) -> Path:
    root = tmp_path / "problems"
    shutil.copytree(FIXTURE_PROBLEMS / "add-two", root / "add-two")
    lines = [json.dumps({"name": f"c{i:02d}", "args": [i, 1000 + i], "expected": 1000 + 2 * i}) for i in range(CASES)]
    (root / "add-two" / "data" / "secret" / "01-basic.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Any]]:
    """How many children the case loop started, and the size of each batch it sent."""
    seen: dict[str, list[Any]] = {"children": [], "batches": []}
    real_child, real_run = runner.Child, batching.run

    def child(*args: Any, **kwargs: Any) -> Any:
        seen["children"].append(1)
        return real_child(*args, **kwargs)

    def run(child: Any, problem: Any, batch: list[Any], *rest: Any) -> Any:
        seen["batches"].append(len(batch))
        return real_run(child, problem, batch, *rest)

    monkeypatch.setattr(runner, "Child", child)
    monkeypatch.setattr(batching, "run", run)
    return seen


@pytest.fixture
def judged(cli: Callable[..., Any], problems: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., dict[str, Any]]:
    """Judge a solution with batching as it is, or with it turned off (``batched=False``)."""

    def judge(solution: Path, batched: bool = True) -> dict[str, Any]:
        with monkeypatch.context() as patch:
            if not batched:
                patch.setattr(batching, "applies", lambda problem, options: False)
            result = cli("run", "add-two", "--solution", str(solution), "--format", "json", "--no-record",
                         "--no-fuzz", problems=problems)
        return json.loads(result.stdout)

    return judge


def essentials(data: dict[str, Any]) -> tuple[Any, ...]:
    failing = data.get("failing_case") or {}
    return (data["verdict"], data["passed"], failing.get("name"), failing.get("expected"), failing.get("actual"),
            [(c["name"], c["verdict"]) for c in data["cases"]])


# Answers right the first time it meets an input and wrong (-1) when it meets it again: run again in
# the child that already ran the batch, every case would read as wrong, the first one named.
FORGETFUL = """
seen = set()
class Solution:
    def add(self, a, b):
        if (a, b) in seen:
            return -1
        seen.add((a, b))
        return a + b + (1 if a == {wrong} else 0)
"""


def test_a_batch_with_a_wrong_case_reports_that_cases_verdict_and_name(write_solution, judged, spied) -> None:
    data = judged(write_solution(FORGETFUL.format(wrong=10)))
    assert spied["batches"] == [8, 16]  # the sample and c00..c06, then c07..c22 (c10 among them)
    assert len(spied["children"]) == 2  # the second failed: its cases again in a fresh child
    assert data["verdict"] == "WA" and data["failing_case"]["name"] == "c10"
    assert (data["failing_case"]["expected"], data["failing_case"]["actual"]) == (1020, 1021)
    assert data["passed"] == 11  # the sample and c00..c09
    assert essentials(data) == essentials(judged(write_solution(FORGETFUL.format(wrong=10)), batched=False))


def test_an_accepted_batch_reports_every_case(write_solution, judged, spied) -> None:
    data = judged(write_solution(FORGETFUL.format(wrong=-1)))
    assert spied["batches"] == [8, 16] and len(spied["children"]) == 1
    assert data["verdict"] == "AC" and data["passed"] == CASES + 1
    assert [c["name"] for c in data["cases"]][1:] == [f"c{i:02d}" for i in range(CASES)]
    assert all(c["verdict"] == "AC" and c["memory_kb"] > 0 for c in data["cases"])


def test_a_batch_over_its_bound_is_judged_again_per_case_in_a_fresh_child(write_solution, judged, spied) -> None:
    """Calls of 0.12 s of CPU each: the first batch of 8 is over its bound (the 1 s floor / GREY = 0.72 s),
    while each call alone is far inside its limit. The verdict is the one a run without batching gives;
    after that batch, the run's pace makes the batches small enough."""
    solution = write_solution("""
        import time
        class Solution:
            def add(self, a, b):
                start = time.thread_time()
                while time.thread_time() - start < 0.12:
                    pass
                return a + b
    """)
    data = judged(solution)
    assert spied["batches"][0] == 8 and len(spied["children"]) == 2
    assert max(spied["batches"][1:]) < 6  # the pace it showed: no later batch went over its bound
    assert essentials(data) == essentials(judged(solution, batched=False))
    assert data["verdict"] == "AC"


def test_a_memoising_solution_cannot_pass_via_batching(write_solution, judged, spied) -> None:
    """Each input costs 2.5 s of CPU the first time (the limit is 1 s) and nothing from the memo after.
    The batch is over its bound; its cases are never asked again of the child that has the memo."""
    data = judged(write_solution("""
        import time
        memo = {}
        class Solution:
            def add(self, a, b):
                if (a, b) not in memo:
                    start = time.thread_time()
                    while time.thread_time() - start < 2.5:
                        pass
                    memo[(a, b)] = a + b
                return memo[(a, b)]
    """))
    assert spied["batches"] == [8] and len(spied["children"]) == 2
    assert data["verdict"] == "TLE" and data["passed"] == 0


# Reaches the harness it shares a process with and rewrites each batch's reply before it is sent.
TAMPER = """
import gc
for found in gc.get_objects():
    if type(found).__name__ == "Harness":
        real = found.send
        def send(reply, real=real):
            results = reply.get("results")
            if results:
                {change}
            return real(reply)
        found.send = send
class Solution:
    def add(self, a, b):
        return a + b
"""


@pytest.mark.parametrize("change,words", [
    ("del results[-1]", "8 cases, but its reply has 7"),  # a reply for fewer cases than the batch holds
    ("results.append(dict(results[-1]))", "8 cases, but its reply has 9"),  # for more
    ("results[0], results[1] = results[1], results[0]", "out of order"),
])
def test_a_reply_for_other_cases_than_the_batch_held_is_a_runtime_error(write_solution, judged, spied,
                                                                        change: str, words: str) -> None:
    data = judged(write_solution(TAMPER.replace("{change}", change)))
    assert spied["batches"] == [8]
    assert data["verdict"] == "RE" and words in data["message"], data["message"]
    assert "malformed reply" in data["message"]
