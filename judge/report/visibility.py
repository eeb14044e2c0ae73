"""What students see of hidden cases: Gradescope's convention for ``judge grade``.

Hidden cases are the problem's secret tests: their inputs and expected outputs are
the grader's, and a student who reads them in a CI summary can hard-code them. So
the student-facing outputs of ``judge grade`` (JUnit, Markdown, Gradescope) can
withhold, for a failure on a hidden case, its input, the expected output, the
solution's output, its stdout and traceback on it, and the checker's message (which
quotes values); they keep the verdict, the case's name and the hint. Samples (the
statement's examples) and inputs found by fuzzing are shown in full. The teacher's
JSON always keeps everything.

``--hidden-details withhold`` (the default for grading) or ``show`` chooses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from judge.grading.gradebook import Gradebook, Graded

CHOICES = ("withhold", "show")
DEFAULT = "withhold"


def for_students(book: Gradebook, choice: str = DEFAULT) -> Gradebook:
    """``book`` as students may see it: hidden-case details withheld unless ``choice`` is ``show``."""
    if choice == "show":
        return book
    return replace(book, results=[withhold(result) for result in book.results])


def withhold(result: Graded) -> Graded:
    """``result`` without the details of the hidden case it failed on (unchanged otherwise)."""
    case = result.failing_case
    if not result.hidden_case or case is None:
        return result
    text = (f"{result.verdict.title} on hidden case {case.get('name')!r}: its input, the expected output and "
            f"your output are not shown (hidden cases are the grader's)")
    kept: dict[str, Any] = {"name": case.get("name"), "input": {}, "expected": None, "actual": None, "message": text,
            "hint": case.get("hint"), "stdout": "", "traceback": None}
    return replace(result, message=text, failing_case=kept)
