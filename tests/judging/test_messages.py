"""Messages that used to mislead, each saying what really happened (issue 13)."""

from __future__ import annotations

import signal

import pytest
from fixture_paths import REAL_PROBLEMS

from judge.judging import outcome, stream
from judge.judging.advice import python2_hint, stray_self_hint
from judge.problems.problem import load_problem
from judge.report.text import render
from judge.sandbox.child import Exchange
from judge.sandbox.protocol import Reply, Status
from judge.verdict import FoundInput, JudgeResult, Verdict

RAND10 = load_problem(REAL_PROBLEMS / "implement-rand10-using-rand7")


def result(**changes) -> JudgeResult:
    base = dict(problem="add-two", solution="s.py", verdict=Verdict.RE, passed=0, total=1, time_ms=1.0,
                memory_kb=1, cases=(), sandbox="bwrap")
    return JudgeResult(**{**base, **changes})


def test_an_exception_is_not_shown_as_a_returned_null():
    found = FoundInput({"a": 1}, expected=3, actual=None, verdict=Verdict.RE, message="ValueError: nope")
    text = render(result(minimal_case=found))
    assert "actual:   nothing returned: it raised ValueError: nope" in text
    assert "null" not in text
    timed_out = FoundInput({"a": 1}, expected=3, actual=None, verdict=Verdict.TLE, message="")
    assert "actual:   nothing returned: Time Limit Exceeded" in render(result(minimal_case=timed_out))


def test_a_stream_that_passes_every_case_names_the_whole_run_check_that_failed(tmp_path):
    cases = list(RAND10.all_cases())
    outputs = {case.name: [1] * (case.calls or 0) for case in cases}
    served = {case.name: 0 for case in cases}
    verdict, message, failing, figures = stream.verify(RAND10, tmp_path / "unused.py", cases, outputs, served, None,
                                                       "process")
    assert verdict is Verdict.WA and message.startswith("every case passed on its own, but a whole-run check failed (")
    assert failing is not None and failing.name == "all cases"
    text = render(result(problem=RAND10.slug, verdict=verdict, passed=len(cases), total=len(cases), message=message,
                         failing_case=failing, stream=figures))
    assert f"[{len(cases)}/{len(cases)} cases passed; then a whole-run check failed]" in text
    assert "Failing: all cases together" in text


@pytest.mark.parametrize("source, name", [
    ("class Solution:\n    def add(self, a, b):\n        return sum(a for _ in xrange(1)) + b\n", "xrange"),
    ("class Solution:\n    def add(self, a, b):\n        return {a: b}.has_key(a) and a + b\n", "has_key"),
])
def test_python2_names_get_a_hint(run_json, write_solution, source, name):
    code, data = run_json(write_solution(source), "--no-fuzz")
    assert code == 1 and data["verdict"] == "RE"
    assert data["failing_case"]["hint"].startswith(f"this looks like Python 2: {name} does not exist in Python 3")


def test_a_python2_print_statement_gets_a_hint(run_json, write_solution):
    code, data = run_json(write_solution("class Solution:\n    def add(self, a, b):\n        print a\n"
                                         "        return a + b\n"), "--no-fuzz")
    assert data["verdict"] == "CE" and "this looks like Python 2" in data["failing_case"]["hint"]
    assert python2_hint("SyntaxError: invalid syntax", "x = 1\n") is None


def test_a_module_level_function_with_self_gets_a_hint(run_json, write_solution):
    code, data = run_json(write_solution("def add_two(self, a, b):\n    return a + b\n"), "--no-fuzz")
    assert data["verdict"] == "RE" and "missing 1 required positional argument" in data["message"]
    assert "add_two is a module-level function whose first parameter is self" in data["failing_case"]["hint"]
    assert stray_self_hint("TypeError: f() missing 1 required positional argument: 'b'",
                           "class Solution:\n    def add_two(self, a, b):\n        pass\n", ("add_two",)) is None


def test_time_limit_exceeded_reads_the_same_however_it_was_seen():
    problem = load_problem(REAL_PROBLEMS / "minimum-window-substring")
    case = problem.samples[0]
    seen = [
        outcome.from_crash(Exchange(None, 5.0, timed_out=True), 2.0),
        outcome.from_crash(Exchange(None, 2.5, signal=signal.SIGXCPU), 2.0),
        outcome.from_reply(Exchange(None, 2.5, cpu_s=2.4), Reply(Status.OK, value="BANC"), problem, case, 2.0),
    ]
    assert [o.verdict for o in seen] == [Verdict.TLE] * 3
    assert {o.message for o in seen} == {"exceeded the time limit of 2.0 s"}
