"""Programs on a Kattis stdin/stdout problem: honest idioms accepted, floods and bad exits not.

Each file in tests/fixtures/attacks_stdio/ is judged on the ``average`` fixture package with
``judge run --format json`` in a subprocess. Honest programs that read fd 0 with
``open(0)`` or write fd 1 directly (as Kattis allows) must be Accepted; a flood of fd 1 and a
non-zero exit must not, nor an answer in digits of another script. Each run must answer with one JSON document (exit 0 or 1), a
bounded report, and leave nothing running.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from attack_runs import MAX_REPORT_BYTES, Run, judge
from fixture_paths import TESTS

ATTACKS = TESTS / "fixtures" / "attacks_stdio"
KATTIS = TESTS / "fixtures" / "kattis"
EXPECTED = {
    "honest_open0": {"AC"},
    "honest_os_write": {"AC"},
    "honest_own_stdout": {"AC"},
    "flood_fd1": {"OLE", "TLE"},
    "exit_nonzero": {"RE"},
    "foreign_digits": {"WA"},
    "honest_os_exit": {"AC"},
    "os_exit_nonzero": {"RE"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Run]:
    base = tmp_path_factory.mktemp("stdio-attacks")

    def one(name: str) -> Run:
        return judge(["--problems", str(KATTIS), "run", "average", "--solution", str(ATTACKS / f"{name}.py"),
                      "--no-record", "--format", "json"], base / name)

    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {name: pool.submit(one, name) for name in EXPECTED}
        return {name: future.result() for name, future in futures.items()}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_program_gets_the_right_verdict(runs: dict[str, Run], name: str) -> None:
    run = runs[name]
    assert run.status in (0, 1), run.stderr[-2000:]
    report = run.report
    assert report["verdict"] in EXPECTED[name], report["message"]
    assert len(run.stdout) < MAX_REPORT_BYTES
    assert not run.left_running(), "a process of the run is still running"


def test_every_case_ran_for_the_open0_idiom(runs: dict[str, Run]) -> None:
    report = runs["honest_open0"].report
    assert report["passed"] == report["total"] > 2  # the second case onwards is where fd 0 was lost


def test_fixture_files_say_what_they_test() -> None:
    for path in Path(ATTACKS).glob("*.py"):
        assert path.read_text().startswith("# "), path.name
