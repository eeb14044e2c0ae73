"""Attacks on what the judge believes about values and streams (issue 11, items 1, 2 and 5), and on
its reading of ints too wide for decimal.

Each file in tests/fixtures/attacks_values/ is a solution that tries to pass by lying:
about an array's shape (a subclass, a fake ``__class__``, a forged reply), about a
stream (trimming the harness's outputs, inflating the draw count through the harness
reached on the stack, a generator seeded from a prefix of the draws, cheating only on
requests of the judged form), or by telling fuzzing apart from judging. Each is judged with ``judge run --format json`` in a
subprocess, and the test asserts the safe verdict, exit status 1 with one JSON
document, a message naming what happened, and no process of the run left behind.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from attack_runs import Run
from attack_runs import judge as run_judge
from fixture_paths import FIXTURE_PROBLEMS, REAL_PROBLEMS, TESTS

ATTACKS = TESTS / "fixtures" / "attacks_values"
VALUE_PROBLEMS = TESTS / "fixtures" / "problems_values"
JUDGE_TIMEOUT_S = 120


@dataclass(frozen=True)
class Attack:
    name: str
    problems: Path
    problem: str
    verdict: str
    says: str  # a piece of the message
    fuzz: bool = False


ALL = [
    Attack("ndarray_subclass_shape", VALUE_PROBLEMS, "array-double", "WA", "shape differs"),
    Attack("fake_ndarray_class", VALUE_PROBLEMS, "array-double", "WA", "object of type Fake"),
    Attack("forged_empty_ndarray", VALUE_PROBLEMS, "array-double", "RE", "claims shape (2, 3)"),
    Attack("trim_stream_outputs", REAL_PROBLEMS, "implement-rand10-using-rand6", "WA", "12 outputs came back"),
    Attack("closure_counter", REAL_PROBLEMS, "implement-rand10-using-rand6", "WA", "entropy bound"),
    Attack("prefix_seeded", REAL_PROBLEMS, "implement-rand10-using-rand6", "WA", "throughout"),
    Attack("wasted_draws", REAL_PROBLEMS, "implement-rand10-using-rand6", "WA", "stayed the same"),
    # "throughout", not "replay": the audit's requests are the judged run's, so it forks the cheat itself
    Attack("judged_or_audited", REAL_PROBLEMS, "implement-rand10-using-rand6", "WA", "throughout"),
    Attack("behave_when_fuzzed", FIXTURE_PROBLEMS, "add-two", "WA", "generated input", fuzz=True),
    Attack("raising_set", FIXTURE_PROBLEMS, "add-two", "RE", "while the judge read the returned value"),
    Attack("fake_numpy_module", FIXTURE_PROBLEMS, "add-two", "RE", "fake numpy refuses to be read"),
    Attack("ten_million_digits", VALUE_PROBLEMS, "big-power", "WA", "got <int of about 10,000,001 digits: ...203461476352>"),
    Attack("bare_decimal_reply", VALUE_PROBLEMS, "big-power", "RE", "more than 4,300 decimal digits"),
]


def judge(attack: Attack, workdir: Path) -> Run:
    """``judge run`` on one attack; the pids of everything it started are collected while it runs."""
    argv = ["--problems", str(attack.problems), "run", attack.problem, "--solution", str(ATTACKS / f"{attack.name}.py"),
            "--no-record", "--format", "json", *(["--seed", "7", "--fuzz-examples", "60"] if attack.fuzz else ["--no-fuzz"])]
    return run_judge(argv, workdir, JUDGE_TIMEOUT_S)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("value-attacks")
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {a.name: pool.submit(judge, a, base / a.name) for a in ALL}
        return {name: future.result(timeout=JUDGE_TIMEOUT_S) for name, future in futures.items()}


@pytest.mark.parametrize("attack", ALL, ids=[a.name for a in ALL])
def test_attack_gets_the_safe_verdict(runs: dict[str, Run], attack: Attack) -> None:
    run = runs[attack.name]
    assert run.status == 1, run.stderr[-2000:]
    report = run.report
    assert report["verdict"] == attack.verdict, report["message"]
    assert attack.says in report["message"]
    assert not run.left_running(), "a process of the run is still running"


def test_an_answer_of_thousands_of_digits_is_accepted(tmp_path: Path) -> None:
    """``10 ** 5000`` (and a 16,900-digit negative power, and a 5,001-digit argument squared) is a
    right answer: over Python's 4,300-digit str() limit it was RE when the harness wrote the reply.
    Ints that wide now cross the protocol in hexadecimal both ways, case files hold them so, and
    fuzzing reads the reference's tagged answers back as ints (else: WA, "expected dict")."""
    argv = ["--problems", str(VALUE_PROBLEMS), "run", "big-power", "--solution",
            str(VALUE_PROBLEMS / "big-power" / "submissions" / "accepted" / "builtin_pow.py"),
            "--no-record", "--format", "json", "--seed", "7", "--fuzz-examples", "30"]
    run = run_judge(argv, tmp_path, JUDGE_TIMEOUT_S)
    assert run.status == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert run.report["verdict"] == "AC", run.report["message"]
    assert run.report["fuzz"]["examples"] > 0  # generated inputs, answered by the reference in the judge
    assert [case["verdict"] for case in run.report["cases"]] == ["AC"] * 4
    assert not run.left_running()
