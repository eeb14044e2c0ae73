"""Fixtures for the `judge grade` / `judge merge` tests: a graded class, shared by a module."""

from __future__ import annotations

import json

import pytest
from classgen import MIXED_CLASS, write_class
from grade_helpers import GradedClass, grade_cli


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory: pytest.TempPathFactory) -> GradedClass:
    """The mixed class (accepted, wrong, slow, crashing, hostile, unmatched), graded once per module."""
    work = tmp_path_factory.mktemp("graded")
    write_class(work / "class", MIXED_CLASS)
    result = grade_cli("grade", "class", "-j", "2", "--no-fuzz", "--json", "out.json", "--junit", "out.xml",
                       "--markdown", "out.md", cwd=work)
    assert result.exit_code == 0, result.output
    data = json.loads((work / "out.json").read_text(encoding="utf-8"))
    return GradedClass(work / "class", result, data, work / "out.xml", work / "out.md")
