"""The default output validator (token comparison) and the custom output validator runner."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from judge.checkers import tokens, validator
from judge.checkers.tokens import TokenRules, compare, parse_flags
from judge.problems.kattis import load_package
from judge.problems.kattis.programs import Program, command_for

from fixture_paths import TESTS

FACTOR = TESTS / "fixtures" / "kattis" / "factor"


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "judge-cache"))


# -- default output validator ----------------------------------------------------------------

def test_whitespace_is_free_by_default() -> None:
    assert compare("1 2\n3\n", "  1\n\n2 3", TokenRules()) is None


def test_case_insensitive_by_default_and_sensitive_on_request() -> None:
    assert compare("Yes\n", "YES\n", TokenRules()) is None
    mismatch = compare("Yes\n", "YES\n", parse_flags(("case_sensitive",)))
    assert mismatch is not None and "expected 'Yes', got 'YES'" in mismatch.message
    assert mismatch.hint == "the comparison is case-sensitive for this problem"


def test_the_first_differing_token_is_named_by_line_and_column() -> None:
    mismatch = compare("1 2\n3 4\n", "1 2\n3  5\n", TokenRules())
    assert mismatch is not None
    assert mismatch.message == "token 4 (line 2, column 4) differs: expected '4', got '5'"


def test_missing_and_extra_tokens() -> None:
    short = compare("1 2 3", "1 2", TokenRules())
    assert short is not None and "ends after 2 token(s); expected 3, the next being '3'" in short.message
    extra = compare("1", "1\nbonus", TokenRules())
    assert extra is not None and "extra output after the expected 1 token(s): 'bonus' at line 2, column 1" in extra.message


def test_float_tolerances() -> None:
    both = parse_flags(("float_tolerance", "1e-6"))
    assert compare("2.5", "2.50000e+00", both) is None  # any formatting of the number
    assert compare("1000000", "1000000.9", both) is None  # relative 9e-7
    assert compare("0.0000001", "0.0000009", both) is None  # absolute 8e-7
    off = compare("1.5625", "1.56", both)
    assert off is not None and "off by 0.0025, more than the tolerance 1e-06 (absolute or relative)" in off.message
    absolute = parse_flags(("float_absolute_tolerance", "0.01"))
    assert compare("1000", "1000.005", absolute) is None and compare("1000", "1000.5", absolute) is not None
    relative = parse_flags(("float_relative_tolerance", "0.01"))
    assert compare("1000", "1005", relative) is None and compare("0", "0.001", relative) is not None
    assert compare("2.5", "two", both) is not None
    assert compare("word", "WORD", both) is None  # tokens that are not numbers compare as strings


def test_without_a_tolerance_numbers_compare_as_strings() -> None:
    mismatch = compare("2.5", "2.50", TokenRules())
    assert mismatch is not None and mismatch.hint is not None and "no float tolerance" in mismatch.hint


def test_python_only_float_spellings_are_not_numbers() -> None:
    assert compare("1000", "1_000", parse_flags(("float_tolerance", "0.5"))) is not None


def test_space_change_sensitive() -> None:
    rules = parse_flags(("space_change_sensitive",))
    assert compare("1 2\n", "1 2\n", rules) is None
    double = compare("1 2\n", "1  2\n", rules)
    assert double is not None and "whitespace differs at line 1, column 2" in double.message
    assert compare("1 2\n", "1 2", rules) is not None  # the final newline counts too


@pytest.mark.parametrize("flags, error", [
    (("float_tolerance",), "needs a number"),
    (("float_tolerance", "-1"), "non-negative"),
    (("float_tolerance", "1_0"), "non-negative"),
    (("float_tolerance", "1", "float_absolute_tolerance", "2"), "do not combine"),
    (("float_relative_tolerance", "1", "float_relative_tolerance", "2"), "given twice"),
    (("ignore_case",), "unknown default-validator flag"),
])
def test_bad_flags(flags: tuple[str, ...], error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_flags(flags)


def test_checker_shape() -> None:
    assert tokens.check("3\n", "3", config={"flags": ["case_sensitive"]}) is None


# -- custom output validators ----------------------------------------------------------------

def _python_validator(tmp_path: Path, body: str) -> list[str]:
    path = tmp_path / "check.py"
    path.write_text("import sys, pathlib\ninp, ans, fb = sys.argv[1:4]\nflags = sys.argv[4:]\n"
                    "out = sys.stdin.read()\n" + textwrap.dedent(body))
    return [sys.executable, str(path)]


def test_exit_codes_and_feedback(tmp_path: Path) -> None:
    command = _python_validator(tmp_path, """
        want = pathlib.Path(ans).read_text().split()
        if out.split() == want:
            sys.exit(42)
        pathlib.Path(fb, "teammessage.txt").write_text("wrong: " + " ".join(flags))
        pathlib.Path(fb, "judgemessage.txt").write_text("judge detail")
        sys.exit(43)
    """)
    (tmp_path / "1.in").write_text("x\n")
    (tmp_path / "1.ans").write_text("7\n")
    ok = validator.run(command, tmp_path / "1.in", tmp_path / "1.ans", b"7\n")
    assert ok.accepted and ok.mismatch() is None
    bad = validator.run(command, tmp_path / "1.in", tmp_path / "1.ans", b"8\n", flags=["strict"])
    assert not bad.accepted and bad.team_message == "wrong: strict" and bad.judge_message == "judge detail"
    mismatch = bad.mismatch()
    assert mismatch is not None and (mismatch.message, mismatch.hint) == ("wrong: strict", "judge detail")
    via_check = validator.check({"input": tmp_path / "1.in", "answer": tmp_path / "1.ans"}, "7",
                                config={"command": command})
    assert via_check is None


@pytest.mark.parametrize("body, fragment", [
    ("sys.exit(0)", "exited with code 0"),
    ("raise ValueError('validator bug')", "ValueError: validator bug"),
    ("import time; time.sleep(5)", "gave no judgement within 0.5 s"),
])
def test_anything_but_42_or_43_is_a_judge_error(tmp_path: Path, body: str, fragment: str) -> None:
    command = _python_validator(tmp_path, body)
    (tmp_path / "1.in").write_text("")
    (tmp_path / "1.ans").write_text("")
    with pytest.raises(validator.ValidatorError, match=fragment):
        validator.run(command, tmp_path / "1.in", tmp_path / "1.ans", b"", timeout_s=0.5)


def test_a_validator_that_cannot_start(tmp_path: Path) -> None:
    with pytest.raises(validator.ValidatorError, match="cannot start"):
        validator.run([str(tmp_path / "missing")], tmp_path, tmp_path, b"")


@pytest.mark.skipif(shutil.which("c++") is None, reason="no C++ compiler")
def test_the_fixture_cpp_validator_builds_once_and_judges() -> None:
    package = load_package(FACTOR)
    command = package.validator_command
    assert command is not None and Path(command[0]).is_file()
    assert command_for(package.validator) == command  # type: ignore[arg-type]  # cached: same build
    case = next(c for c in package.cases() if c.name == "sample/1")
    assert validator.run(command, case.input_path, case.answer_path, b"3\n7\n").accepted  # not the .ans, still right
    wrong = validator.run(command, case.input_path, case.answer_path, b"12\n5\n")
    assert not wrong.accepted and wrong.team_message == "line 1: 12 is not a proper factor of 12"
    assert "n=12 d=12" in wrong.judge_message
    short = validator.run(command, case.input_path, case.answer_path, b"2\n")
    assert "too few lines" in short.team_message


def test_a_c_validator_folder_with_a_header(tmp_path: Path) -> None:
    if shutil.which("cc") is None:
        pytest.skip("no C compiler")
    folder = tmp_path / "check"
    folder.mkdir()
    (folder / "verdict.h").write_text("#define ACCEPT 42\n")
    (folder / "main.c").write_text('#include "verdict.h"\nint main(void) { return ACCEPT; }\n')
    command = command_for(Program(folder, "c"))
    assert validator.run(command, tmp_path, tmp_path, b"anything").accepted


def test_a_script_validator_with_build_and_run(tmp_path: Path) -> None:
    folder = tmp_path / "scripted"
    folder.mkdir()
    (folder / "build").write_text("printf '#!/bin/sh\\nexit 43\\n' > run\n")
    command = command_for(Program(folder, "script"))
    assert not validator.run(command, tmp_path, tmp_path, b"").accepted
