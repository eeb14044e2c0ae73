"""Gradescope's autograder ``results.json`` for one student's graded submission.

Gradescope runs the autograder once per submission, in a container where
``/autograder/submission`` holds that student's files, and reads the file
``/autograder/results/results.json`` (see docs/ci-grading.md, "Gradescope", and
Gradescope's "Autograder Specifications"). The document written here:

    {"score": 2.0,                           the sum of the tests' scores
     "output": "2 of 3 problems Accepted ...",   shown above the tests
     "visibility": "visible",                when the student sees the results
     "tests": [{"name": "minimum-window-substring", "score": 1.0, "max_score": 1.0,
                "status": "passed" | "failed", "output": "...", "visibility": "visible"}, ...]}

One test per problem, all or nothing: a problem scores its points when any file
the student sent for it is Accepted (a student who sends ``76.py`` and
``76_v2.py`` is not paid twice; the output shows every file's verdict). A problem
of the assignment the student sent nothing for is a failed test scoring 0, so
every student's ``max_score`` totals the same.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from judge.errors import UsageError
from judge.grading.gradebook import Gradebook, Graded
from judge.report.junit import failure_text
from judge.untrusted import json_text
from judge.verdict import Verdict

VISIBILITIES = ("visible", "hidden", "after_due_date", "after_published")
TEXT_LIMIT = 8_000  # per test; a runaway traceback should not make the page unreadable


def results(book: Gradebook, *, problems: Sequence[str] = (), points: Mapping[str, float] | None = None,
            visibility: str = "visible", test_visibility: str = "visible") -> dict[str, Any]:
    """The results.json document for the one submitter in ``book``.

    ``problems`` are the assignment's problems (slugs); those the student sent no
    file for become failed tests. ``points`` gives a problem's max score (default
    1.0). ``visibility`` is the whole result's, ``test_visibility`` each test's.
    """
    for name, value in (("visibility", visibility), ("test visibility", test_visibility)):
        if value not in VISIBILITIES:
            raise UsageError(f"Gradescope {name} must be one of {', '.join(VISIBILITIES)}, got {value!r}")
    submitters = book.submitters()
    if len(submitters) > 1:
        raise UsageError(f"a Gradescope results.json is for one submission, but the folder holds "
                         f"{len(submitters)} submitters ({', '.join(submitters[:5])}); grade "
                         f"/autograder/submission, which holds one student's files")
    points = dict(points or {})
    book = book.sorted()
    slugs = sorted(set(problems) | set(book.problems()))
    tests = [_test(slug, [r for r in book.results if r.problem == slug], points.get(slug, 1.0), test_visibility)
             for slug in slugs]
    return {
        "score": sum(t["score"] for t in tests),
        "output": _summary(book, tests),
        "visibility": visibility,
        "tests": tests,
    }


def render(book: Gradebook, **options: Any) -> str:
    """The document as text (UTF-8 JSON, indented, newline-terminated)."""
    return json_text(results(book, **options)) + "\n"


def write(book: Gradebook, path: Path, **options: Any) -> None:
    """Write results.json to ``path`` (``/autograder/results/results.json`` on Gradescope)."""
    text = render(book, **options)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write the Gradescope results to {path} ({exc.strerror})") from exc


def _test(slug: str, graded: list[Graded], max_score: float, visibility: str) -> dict[str, Any]:
    """One problem's test: passed with full points when any of its files is Accepted."""
    passed = any(r.accepted for r in graded)
    if not graded:
        output = f"No file for {slug} was submitted (name it {slug}.py)."
    else:
        output = "\n\n".join(_file_text(r) for r in graded)
    return {
        "name": slug,
        "score": float(max_score) if passed else 0.0,
        "max_score": float(max_score),
        "status": "passed" if passed else "failed",
        "output": output[:TEXT_LIMIT],
        "visibility": visibility,
    }


def _file_text(result: Graded) -> str:
    if result.accepted:
        return (f"Accepted ({result.verdict.value}) on {result.file}: {result.passed}/{result.total} cases, "
                f"{result.time_ms:.0f} ms")
    if result.verdict is Verdict.IE:
        return (f"Internal Error on {result.file}: the judge failed, not your code; "
                f"tell your instructor.\n{result.message}")
    return failure_text(result)


def _summary(book: Gradebook, tests: list[dict[str, Any]]) -> str:
    passed = sum(t["status"] == "passed" for t in tests)
    lines = [f"{passed} of {len(tests)} problem(s) Accepted."]
    for item in book.unmatched:
        lines.append(f"Not graded: {item.file} ({item.reason}).")
    return "\n".join(lines)
