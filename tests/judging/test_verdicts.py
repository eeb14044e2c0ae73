"""Each verdict, with what a user needs to see, decided in the judge's process."""

from __future__ import annotations

import json
import textwrap

from starvation import STARVE, counted_fresh_runs

from judge.sandbox.child import HARNESS


def test_wrong_answer_shows_input_expected_actual_and_stdout(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                print("called with", a, b)
                return a - b if a < 0 else a + b
    """), "--no-fuzz")
    assert code == 1
    assert data["verdict"] == "WA"
    failing = data["failing_case"]
    assert failing["name"] == "negative"
    assert failing["input"] == {"a": -5, "b": 2}
    assert failing["expected"] == -3 and failing["actual"] == -7
    assert "called with -5 2" in failing["stdout"]
    assert [c["verdict"] for c in data["cases"]][-1] == "WA"
    assert data["passed"] == 2


def test_runtime_error_shows_the_users_traceback(write_solution, run_json):
    path = write_solution("""
        class Solution:
            def add(self, a, b):
                values = [a, b]
                return values[a + 10]
    """)
    code, data = run_json(path, "--no-fuzz")
    assert data["verdict"] == "RE"
    trace = data["failing_case"]["traceback"]
    assert "IndexError" in trace
    assert f'"{path}", line 5' in trace
    assert str(HARNESS) not in trace and "_judge_sandbox_harness" not in trace  # none of the harness's frames


def test_syntax_error_is_compile_error_with_file_and_line(write_solution, run_json):
    path = write_solution("class Solution:\n    def add(self, a, b)\n        return a + b\n")
    code, data = run_json(path)
    assert (code, data["verdict"]) == (1, "CE")
    assert "line 2" in data["message"] and str(path) in data["message"]


def test_missing_entry_point_is_compile_error_naming_what_to_define(write_solution, run_json):
    code, data = run_json(write_solution("class Solution:\n    def plus(self, a, b):\n        return a + b\n"))
    assert data["verdict"] == "CE"
    assert "add" in data["message"] and "line 1" in data["message"]


def test_lying_eq_does_not_pass(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Liar(int):
            def __eq__(self, other):
                return True
            __hash__ = int.__hash__
        class Solution:
            def add(self, a, b):
                return Liar(12345)
    """), "--no-fuzz")
    assert data["verdict"] == "WA"


def test_unsupported_return_object_is_wrong_answer_naming_its_type(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Anything:
            def __eq__(self, other):
                return True
        class Solution:
            def add(self, a, b):
                return Anything()
    """), "--no-fuzz")
    assert data["verdict"] == "WA"
    assert "Anything" in data["message"]


def test_float_is_not_an_int_answer(write_solution, run_json):
    code, data = run_json(write_solution("def add(a, b):\n    return float(a + b)\n"), "--no-fuzz")
    assert data["verdict"] == "WA"
    assert "type" in data["message"]


def test_exit_at_import_is_runtime_error(write_solution, run_json):
    code, data = run_json(write_solution("import sys\nsys.exit(0)\n"))
    assert (code, data["verdict"]) == (1, "RE")


def test_os_exit_mid_call_is_runtime_error(write_solution, run_json):
    code, data = run_json(write_solution("""
        import os
        class Solution:
            def add(self, a, b):
                os._exit(0)
    """))
    assert data["verdict"] == "RE"
    assert "exited" in data["message"]


def test_memory_hog_is_memory_limit_exceeded(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                hog = []
                while True:
                    hog.append(bytearray(10**7))
    """), "--no-fuzz")
    assert data["verdict"] == "MLE"


def test_printing_without_bound_is_output_limit_exceeded(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                while True:
                    print("x" * 1000)
    """), "--no-fuzz")
    assert data["verdict"] == "OLE"


def test_infinite_loop_is_time_limit_exceeded_shown_as_over_the_limit(write_solution, run_json):
    code, data = run_json(write_solution("""
        class Solution:
            def add(self, a, b):
                while True:
                    pass
    """), "--no-fuzz")
    assert data["verdict"] == "TLE"
    assert data["cases"][-1]["verdict"] == "TLE"
    assert data["message"] == "exceeded the time limit of 1.0 s"  # one wording however the TLE was seen


def test_text_report_leads_with_the_verdict(write_solution, cli):
    path = write_solution("def add(a, b):\n    return a + b + 1\n")
    result = cli("run", "add-two", "--solution", str(path), "--no-fuzz", "--no-record")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0].startswith("Wrong Answer (WA)")
    assert "expected: 3" in result.stdout and "actual:   4" in result.stdout
    assert "\x1b[" not in result.stdout  # no colours when not a terminal


def test_json_output_has_the_documented_keys(write_solution, run_json):
    code, data = run_json(write_solution("def add(a, b):\n    return a + b\n"), "--no-fuzz")
    for key in ("problem", "verdict", "passed", "total", "time_ms", "memory_kb", "failing_case", "cases", "sandbox"):
        assert key in data
    assert data["problem"] == "add-two"
    assert {"name", "verdict", "time_ms"} <= set(data["cases"][0])
    json.dumps(data)


def test_a_case_passed_in_fresh_children_after_a_stop_does_not_leave_the_next_case_to_a_dead_child(
        write_solution, run_json, hog_cpu0, monkeypatch):
    """On an overloaded machine a case can be stopped at its wall-clock cap (its child killed) and then
    measured within its limit in fresh children: Accepted. The next case was sent to the killed child and
    read as RE "killed (signal SIGKILL)" after 0.1 ms: a right solution refused (issue 11, seen under a
    load of 10-17 and with judge check -j 2), and a known TLE submission read as RE. Here the judged
    child starves itself of CPU on its third call (tests/starvation.py), as the load did: fresh children
    make two calls (a warm-up sample, then the case), and a child that goes on after a stop starts on a
    later case."""
    fresh = counted_fresh_runs(monkeypatch)
    code, data = run_json(write_solution(STARVE + textwrap.dedent("""
        calls = []
        class Solution:
            def add(self, a, b):
                calls.append((a, b))
                if len(calls) == 3 and calls[0] == (1, 2):
                    _starve()
                    _spin(0.1)
                return a + b
    """)), "--no-fuzz")
    assert (code, data["verdict"]) == (0, "AC"), data["message"]
    assert fresh, "the judged child was not stopped: the starving did not happen"
    assert [c["verdict"] for c in data["cases"]] == ["AC"] * 4
