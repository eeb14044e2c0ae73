"""Reading Kattis packages: the three fixture packages, and one broken package per error message."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemError
from judge.problems.kattis import load_package
from judge.problems.kattis.grading import judge_tree, max_score
from judge.problems.kattis.statement import latex_to_text
from judge.verdict import Verdict

from fixture_paths import TESTS

KATTIS = TESTS / "fixtures" / "kattis"
BROKEN = TESTS / "fixtures" / "kattis_broken"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Validators build into a per-session folder, never the user's cache."""
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "judge-cache"))


def test_legacy_package_with_float_tolerance() -> None:
    package = load_package(KATTIS / "average")
    assert package.title == "Average of Numbers"
    assert package.meta.version == "legacy" and package.meta.kind == "pass-fail"
    assert package.meta.validator_flags == ("float_tolerance", "1e-6")
    assert package.meta.timing.fixed_s == 0.5 and package.meta.timing.fixed_by == ".timelimit"
    assert package.meta.memory_mb == 256
    assert package.validator is None
    names = [case.name for case in package.cases()]
    assert names[:2] == ["sample/1", "sample/2"] and names[2:] == sorted(names[2:])
    assert all(case.answer_path.suffix == ".ans" for case in package.cases())


def test_2023_07_package_with_a_custom_cpp_validator() -> None:
    package = load_package(KATTIS / "factor")
    assert package.meta.version == "2023-07-draft"
    timing = package.meta.timing
    assert timing.fixed_s is None and (timing.ac_to_limit, timing.limit_to_tle, timing.resolution) == (3.0, 1.5, 0.5)
    assert timing.computed_s(0.01) == 0.5 and timing.computed_s(0.2) == 1.0
    assert package.validator is not None and package.validator.language == "cpp"


def test_submissions_other_languages_are_listed_as_not_judged() -> None:
    subs = {f"{s.folder}/{s.path.name}": s for s in load_package(KATTIS / "average").submissions()}
    assert subs["accepted/mean.py"].judged
    assert not subs["accepted/mean.cpp"].judged and "Python only" in subs["accepted/mean.cpp"].reason
    assert {s.folder for s in subs.values()} == {"accepted", "wrong_answer", "time_limit_exceeded", "run_time_error"}


def test_scoring_groups_nest_and_sum() -> None:
    package = load_package(KATTIS / "groups")
    assert package.scoring
    secret = package.data.group("secret")
    assert secret is not None and [g.name for g in secret.items] == ["secret/group1", "secret/group2"]
    assert package.data.rules.ignore_sample
    assert max_score(package.data) == 100
    group2 = secret.group("secret/group2")
    assert group2 is not None and [g.name for g in group2.items] == ["secret/group2/a", "secret/group2/b"]
    assert [c.rules.accept_score for c in group2.cases()] == [20, 20, 50]


def test_grading_follows_on_reject_and_the_grader_flags() -> None:
    package = load_package(KATTIS / "groups")
    judged: list[str] = []

    def wrong_on_negative(case):  # type: ignore[no-untyped-def]
        judged.append(case.name)
        return Verdict.WA if "negative" in case.name else Verdict.AC

    graded = judge_tree(package.data, wrong_on_negative)
    by_name = {g.name: g for g in graded.groups()}
    assert graded.verdict is Verdict.WA
    assert (by_name["secret/group1"].score, by_name["secret/group2/b"].score) == (30, 50)
    assert by_name["secret/group2/a"].verdict is Verdict.WA
    # group2/a breaks at its first failure; secret continues to group2/b.
    assert "secret/group2/a/02-mixed" not in judged and "secret/group2/b/01-large" in judged
    assert judge_tree(package.data, lambda case: Verdict.AC).score == 100


def test_pass_fail_stops_at_the_first_failure() -> None:
    package = load_package(KATTIS / "average")
    judged: list[str] = []

    def fail_second(case):  # type: ignore[no-untyped-def]
        judged.append(case.name)
        return Verdict.TLE if len(judged) == 2 else Verdict.AC

    graded = judge_tree(package.data, fail_second)
    assert graded.verdict is Verdict.TLE and judged == ["sample/1", "sample/2"]


def test_statements_render_as_text() -> None:
    text = load_package(KATTIS / "average").statement()
    assert text.startswith("Average of Numbers\n==")
    assert "1 ≤ n ≤ 20 000" in text and "\\" not in text.split("Sample Input 1")[0]
    assert "Sample Input 1\n3\n1 2 4.5" in text and "Sample Output 2\n2" in text
    assert "## Input" in load_package(KATTIS / "factor").statement()  # Markdown is shown as it is


def test_latex_subset() -> None:
    text = latex_to_text("\\section*{Output}\n$a_{i+1} \\le 10^{9}$ costs 5\\% \\emph{or} \\textbf{less} -- ok")
    assert text == "Output\n------\n\na_(i+1) ≤ 10^9 costs 5% or less – ok\n"


BROKEN_MESSAGES = {
    "bad_yaml": ("problem.yaml:2:7", "not valid YAML"),
    "not_a_map": ("problem.yaml", "must be a YAML map"),
    "unknown_key": ("problem.yaml", "unknown key timelimit"),
    "unknown_version": ("problem.yaml", "problem_format_version '2099-01' is not supported"),
    "unknown_type": ("problem.yaml", "type must be pass-fail or scoring"),
    "unknown_validation": ("problem.yaml", "validation must start with default or custom"),
    "interactive_legacy": ("problem.yaml", "interactive problems are not supported yet"),
    "interactive_2023": ("problem.yaml", "type interactive"),
    "multi_pass_2023": ("problem.yaml", "multi-pass problems"),
    "validator_score": ("problem.yaml", "score.txt"),
    "bad_validator_flag": ("problem.yaml", "validator_flags: float_tolerance needs a non-negative number"),
    "unknown_validator_flag": ("problem.yaml", "unknown default-validator flag 'ignore_case'"),
    "custom_without_validator": ("problem.yaml", "there is no output validator"),
    "two_validators": ("output_validators", "holds 2 output validators"),
    "bad_memory_limit": ("problem.yaml", "limits.memory must be a number"),
    "bad_timelimit": (".timelimit", "must hold a positive number of seconds, got 'fast'"),
    "missing_secret": ("data/secret", "missing"),
    "empty_secret": ("data/secret", "holds no test cases"),
    "in_without_ans": ("data/secret/2.in", "has no answer file 2.ans"),
    "ans_without_in": ("data/secret/3.ans", "an answer file without its input"),
    "bad_on_reject": ("data/secret/testdata.yaml", "on_reject must be break or continue"),
    "score_in_pass_fail": ("data/secret/testdata.yaml", "accept_score is only allowed in scoring problems"),
    "custom_grader": ("data/secret/testdata.yaml", "custom graders are not supported yet"),
    "bad_grader_flag": ("data/secret/testdata.yaml", "unknown flag 'median'"),
    "scoring_map_2023": ("data/secret/test_group.yaml", "scoring map is not supported yet"),
}


def test_every_broken_package_has_a_test() -> None:
    at_load = set(BROKEN_MESSAGES)
    later = {"validator_not_building", "no_statement", "pdf_statement"}
    assert {p.name for p in BROKEN.iterdir() if p.is_dir()} == at_load | later


@pytest.mark.parametrize("name", sorted(BROKEN_MESSAGES))
def test_broken_package_names_the_file_and_the_fault(name: str) -> None:
    where, what = BROKEN_MESSAGES[name]
    with pytest.raises(ProblemError) as caught:
        load_package(BROKEN / name)
    message = str(caught.value)
    assert str(BROKEN / name / where) in message
    assert what in message


def test_a_validator_that_does_not_build_shows_the_compiler() -> None:
    if shutil.which("c++") is None:
        pytest.skip("no C++ compiler")
    package = load_package(BROKEN / "validator_not_building")
    with pytest.raises(ProblemError, match=r"check: the output validator does not build .*\n.*check\.cpp"):
        package.validator_command  # noqa: B018 (the build happens on first use)


@pytest.mark.parametrize("name, what", [("no_statement", "no problem statement"), ("pdf_statement", "PDF only")])
def test_statement_problems_are_reported_when_shown(name: str, what: str) -> None:
    package = load_package(BROKEN / name)  # the package itself loads: judging needs no statement
    with pytest.raises(ProblemError, match=what):
        package.statement()
    assert package.title == "Broken"


def test_2023_07_output_validator_folder_and_args(tmp_path: Path) -> None:
    root = tmp_path / "args"
    shutil.copytree(BROKEN / "interactive_2023", root)
    (root / "problem.yaml").write_text("problem_format_version: 2023-07\nname: Args\n")
    (root / "output_validator").mkdir()
    (root / "output_validator" / "check.py").write_text("import sys\nsys.exit(42)\n")
    (root / "data" / "test_group.yaml").write_text("output_validator_args: [case_sensitive]\n")
    (root / "data" / "secret" / "test_group.yaml").write_text("full_feedback: false\n")
    package = load_package(root)
    assert package.validator is not None and package.validator.path.name == "check.py"
    case = package.cases()[-1]
    assert package.validator_flags(case) == ("case_sensitive",)  # 2023-07 inherits key by key


def test_a_group_and_a_case_may_not_share_a_name(tmp_path: Path) -> None:
    root = tmp_path / "clash"
    shutil.copytree(BROKEN / "no_statement", root)
    (root / "data" / "secret" / "1").mkdir()
    (root / "data" / "secret" / "1" / "a.in").write_text("1 1\n")
    (root / "data" / "secret" / "1" / "a.ans").write_text("2\n")
    with pytest.raises(ProblemError, match="share a name"):
        load_package(root)


def test_a_statement_in_another_language_falls_back_to_english() -> None:
    assert load_package(KATTIS / "average").statement("zh").startswith("Average of Numbers")
