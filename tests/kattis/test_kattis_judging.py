"""Kattis packages end to end: found by --problems, listed, shown, run (stdin/stdout programs), checked."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from click.testing import Result

from fixture_paths import TESTS

KATTIS = TESTS / "fixtures" / "kattis"
BROKEN = TESTS / "fixtures" / "kattis_broken"
needs_cpp = pytest.mark.skipif(shutil.which("c++") is None, reason="no C++ compiler for the output validator")


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "judge-cache"))


@pytest.fixture
def kattis(cli: Callable[..., Result]) -> Callable[..., Result]:
    def invoke(*args: str) -> Result:
        return cli(*args, problems=KATTIS)

    return invoke


@pytest.fixture
def run(kattis: Callable[..., Result]) -> Callable[..., tuple[int, dict[str, Any]]]:
    """Judge a solution file of a fixture package; (exit code, parsed JSON)."""

    def judge(problem: str, solution: Path) -> tuple[int, dict[str, Any]]:
        result = kattis("run", problem, "--solution", str(solution), "--format", "json", "--no-record")
        return result.exit_code, json.loads(result.stdout)

    return judge


def submission(problem: str, folder: str, name: str) -> Path:
    return KATTIS / problem / "submissions" / folder / name


def test_list_and_show(kattis: Callable[..., Result]) -> None:
    listed = kattis("list")
    assert listed.exit_code == 0
    for slug, title in (("average", "Average of Numbers"), ("factor", "Any Proper Factor"), ("groups", "Best Stretch")):
        assert slug in listed.stdout and title in listed.stdout
    shown = kattis("show", "average")
    assert shown.exit_code == 0 and "Sample Input 1" in shown.stdout and "1 ≤ n ≤ 20 000" in shown.stdout


def test_a_broken_package_is_a_problem_error(cli: Callable[..., Result]) -> None:
    result = cli("show", "bad_on_reject", problems=BROKEN)
    assert result.exit_code == 2
    assert "data/secret/testdata.yaml: on_reject must be break or continue" in result.output


def test_start_writes_a_program_template(kattis: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "average.py"
    assert kattis("start", "average", "--solution", str(path)).exit_code == 0
    assert "sys.stdin.read()" in path.read_text()


def test_accepted_with_a_float_tolerance(run: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, data = run("average", submission("average", "accepted", "fmean_scientific.py"))
    assert (code, data["verdict"], data["passed"], data["total"]) == (0, "AC", 6, 6)
    assert all(case["limit_ms"] == 500 for case in data["cases"])


def test_wrong_answer_names_the_token_and_shows_the_texts(run: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, data = run("average", submission("average", "wrong_answer", "two_decimals.py"))
    assert (code, data["verdict"]) == (1, "WA")
    failing = data["failing_case"]
    assert failing["name"] == "secret/02-negative"
    assert failing["input"] == {"stdin": "4\n-1.5 -2.25 0.5 -3.0"}
    assert (failing["expected"], failing["actual"]) == ("-1.562500000", "-1.56")
    assert "token 1 (line 1, column 1) off by 0.0025" in failing["message"]


def test_time_limit_and_runtime_error(run: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    _, slow = run("average", submission("average", "time_limit_exceeded", "prefix_sums.py"))
    assert slow["verdict"] == "TLE" and slow["failing_case"]["name"] == "secret/04-large"
    _, crash = run("average", submission("average", "run_time_error", "integers_only.py"))
    assert crash["verdict"] == "RE" and "ValueError" in crash["message"]
    assert "integers_only.py\", line 3" in crash["failing_case"]["traceback"]


def test_the_text_report_shows_blocks(kattis: Callable[..., Result]) -> None:
    result = kattis("run", "average", "--solution", str(submission("average", "wrong_answer", "two_decimals.py")),
                    "--no-record")
    assert "  expected output:\n  | -1.562500000\n  your output:\n  | -1.56" in result.stdout


@pytest.mark.parametrize("source, verdict, fragment", [
    ("print(1\n", "CE", "SyntaxError"),
    ("import sys\nprint(sys.stdin.buffer.read().split()[0].decode())\nsys.exit(0)\n", "WA", "token 1"),
    ("print(open(0).read().split()[0])\nexit()\n", "WA", "token 1"),
    ("import sys\nsys.exit(3)\n", "RE", "exit(3)"),
    ("while True:\n    print('x' * 10000)\n", "OLE", "printed more than"),
])
def test_programs_read_stdin_every_way_and_end_as_programs_do(
        run: Callable[..., tuple[int, dict[str, Any]]], write_solution: Callable[[str], Path],
        source: str, verdict: str, fragment: str) -> None:
    _, data = run("average", write_solution(source))
    assert data["verdict"] == verdict
    assert fragment in data["message"]


def test_a_program_on_its_own_thread_is_waited_for(run: Callable[..., tuple[int, dict[str, Any]]],
                                                   write_solution: Callable[[str], Path]) -> None:
    source = ("import sys, threading\nfrom statistics import fmean\n"
              "def main():\n    n = int(input())\n    print(fmean(map(float, input().split())))\n"
              "threading.stack_size(1 << 26)\nthreading.Thread(target=main).start()\n")
    code, data = run("average", write_solution(source))
    assert (code, data["verdict"]) == (0, "AC")


def test_each_case_gets_fresh_globals(run: Callable[..., tuple[int, dict[str, Any]]],
                                      write_solution: Callable[[str], Path]) -> None:
    source = ("import statistics\nseen = globals().get('seen', 0)\nassert seen == 0, 'state leaked'\n"
              "n = int(input())\nprint(statistics.fmean(map(float, input().split())))\n")
    assert run("average", write_solution(source))[1]["verdict"] == "AC"


@needs_cpp
def test_custom_validator_accepts_another_answer_and_reports_its_feedback(
        run: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, data = run("factor", submission("factor", "accepted", "largest.py"))
    assert (code, data["verdict"]) == (0, "AC")
    assert all(case["limit_ms"] == 500 for case in data["cases"])  # computed: fast AC x 3, rounded up to 0.5 s
    _, wrong = run("factor", submission("factor", "wrong_answer", "itself.py"))
    assert wrong["verdict"] == "WA"
    assert wrong["failing_case"]["message"] == "line 1: 12 is not a proper factor of 12"
    assert wrong["failing_case"]["hint"] == "case 1: n=12 d=12"


def test_scoring_groups_report_the_score(run: Callable[..., tuple[int, dict[str, Any]]]) -> None:
    code, data = run("groups", submission("groups", "accepted", "running_best.py"))
    assert (code, data["verdict"], data["score"]["score"], data["score"]["max_score"]) == (0, "AC", 100, 100)
    _, wrong = run("groups", submission("groups", "wrong_answer", "empty_allowed.py"))
    groups = {g["name"]: (g["verdict"], g["score"]) for g in wrong["score"]["groups"]}
    assert wrong["verdict"] == "WA" and wrong["score"]["score"] == 0  # a rejected submission scores nothing
    assert groups["secret/group1"] == ("AC", 30) and groups["secret/group2/b"] == ("AC", 50)
    assert groups["secret/group2/a"] == ("WA", 0)


@needs_cpp
def test_check_proves_every_package(kattis: Callable[..., Result]) -> None:
    result = kattis("check", "average", "factor", "groups", "--jobs", "2")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "all checks passed (17 checks)" in out
    assert "accepted/mean.cpp" in out and "not judged" in out and "judge runs Python only" in out
    assert "average: time limit 0.5 s (fixed by .timelimit)" in out
    assert "factor: time limit 0.5 s = slowest accepted" in out and "x 3, rounded up to 0.5 s" in out
    # Stopped just past the grey zone (1.39x), or at the wall clock on a loaded machine: a 2x margin cannot be
    # measured there, and the line says why (it used to claim ">= 2.0x" for any stop, whatever CPU it had used).
    assert "time_limit_exceeded/all_pairs.py: secret/group2/b/01-large ran >= 1." in out
    assert "cannot confirm, as the judge stops a case at 1.39x, the package's 2x margin" in out
    assert "score 100/100" in out


def test_check_fails_a_submission_in_the_wrong_folder(cli: Callable[..., Result], tmp_path: Path) -> None:
    root = tmp_path / "packages"
    shutil.copytree(KATTIS / "groups", root / "groups")
    misplaced = root / "groups" / "submissions"
    (misplaced / "wrong_answer" / "empty_allowed.py").rename(misplaced / "accepted" / "empty_allowed.py")
    shutil.rmtree(misplaced / "time_limit_exceeded")
    result = cli("check", "groups", "--jobs", "2", problems=root)
    assert result.exit_code == 1
    assert "accepted/empty_allowed.py" in result.stdout and "FAIL" in result.stdout


def test_grade_a_class_on_a_package(cli: Callable[..., Result], tmp_path: Path) -> None:
    for who, folder, name in (("ann", "accepted", "mean.py"), ("bob", "wrong_answer", "floor_division.py")):
        (tmp_path / "class" / who).mkdir(parents=True)
        shutil.copy(submission("average", folder, name), tmp_path / "class" / who / "average.py")
    result = cli("grade", str(tmp_path / "class"), "--jobs", "2", "--json", str(tmp_path / "grades.json"),
                 "--results", str(tmp_path / "results.jsonl"), problems=KATTIS)
    assert result.exit_code in (0, 1), result.output
    grades = json.loads((tmp_path / "grades.json").read_text())
    verdicts = {r["submitter"]: r["verdict"] for r in grades["results"]}
    assert verdicts == {"ann": "AC", "bob": "WA"}


def test_case_runs_your_input_beside_an_accepted_submission(kattis: Callable[..., Result]) -> None:
    wrong = str(submission("average", "wrong_answer", "two_decimals.py"))
    result = kattis("run", "average", "--solution", wrong, "--case", "4\\n-1.5 -2.25 0.5 -3.0", "--case", "2\n1 2",
                    "--format", "json")
    data = json.loads(result.stdout)
    first, second = data["cases"]
    assert result.exit_code == 1
    assert first["input"] == {"stdin": "4\n-1.5 -2.25 0.5 -3.0\n"} and first["yours"] == "-1.56\n"
    assert not first["agrees"] and "off by 0.0025" in first["message"]
    assert second["agrees"]  # 1.50 is 1.5 within the package's float tolerance


@needs_cpp
def test_case_file_with_a_custom_validator(kattis: Callable[..., Result], tmp_path: Path) -> None:
    (tmp_path / "my.in").write_text("2\n12\n35\n")
    right = kattis("run", "factor", "--solution", str(submission("factor", "accepted", "smallest.py")),
                   "--case-file", str(tmp_path / "my.in"), "--format", "json")
    assert right.exit_code == 0 and json.loads(right.stdout)["cases"][0]["yours"] == "2\n5\n"
    wrong = kattis("run", "factor", "--solution", str(submission("factor", "wrong_answer", "itself.py")),
                   "--case-file", str(tmp_path / "my.in"), "--format", "json")
    assert json.loads(wrong.stdout)["cases"][0]["message"] == "line 1: 12 is not a proper factor of 12"
