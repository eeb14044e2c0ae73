"""The table a person reads after ``judge grade``: submitters x problems, a verdict code per cell.

A cell holds one code per file naming that problem (two files, two codes); "-"
means the submitter sent nothing for it. Below the table: the totals, the files
that named no problem, and any internal errors, which are the judge's fault.
Names come from the submissions folder, so control characters in them are shown as escapes.
"""

from __future__ import annotations

from tabulate import tabulate

from judge.grading.gradebook import Gradebook
from judge.untrusted import one_line, printable
from judge.verdict import Verdict

HEADER_WIDTH = 16  # long slugs wrap in the header instead of widening every column


def render(book: Gradebook) -> str:
    book = book.sorted()
    problems = book.problems()
    rows = []
    for submitter in book.submitters():
        mine = [r for r in book.results if r.submitter == submitter]
        cells = [" ".join(r.verdict.value for r in mine if r.problem == p) or "-" for p in problems]
        rows.append([one_line(submitter), *cells, f"{len({r.problem for r in mine if r.accepted})}/{len(problems)}"])
    lines = []
    if rows:
        lines.append(tabulate(rows, headers=["submitter", *problems, "accepted"],
                              # None: no wrapping for that column (tabulate allows it; its stubs do not say so)
                              maxheadercolwidths=[None, *[HEADER_WIDTH] * len(problems), None]))  # type: ignore[list-item]
    summary = book.summary()
    counts = ", ".join(f"{code} {n}" for code, n in summary["verdicts"].items() if n)
    lines.append("")
    lines.append(f"{summary['submissions']} submissions graded"
                 + (f": {summary['accepted']} accepted ({summary['pass_rate']:.0%}); {counts}" if book.results else ""))
    if book.unmatched:
        lines.append(f"{len(book.unmatched)} file(s) name no problem and were not graded:")
        lines += [f"  {one_line(u.submitter)}/{one_line(u.file)}: {printable(u.reason)}" for u in book.unmatched]
    errors = [r for r in book.results if r.verdict is Verdict.IE]
    if errors:
        lines.append(f"{len(errors)} internal error(s): the judge failed on these submissions:")
        lines += [f"  {one_line(r.submitter)}/{one_line(r.file)}: {printable(r.message)}" for r in errors]
    return "\n".join(lines)
