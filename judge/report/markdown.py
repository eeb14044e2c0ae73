"""A Markdown summary of a graded class, fit for ``$GITHUB_STEP_SUMMARY`` (or a GitLab comment).

Sections: overall counts; pass rate per problem; a submitters x problems table of
verdict codes (plain letters, no emoji, so it reads anywhere); files that named no
problem; and each failure's details folded in ``<details>``. GitHub caps a step
summary at 1 MiB, so failure details stop after ``MAX_DETAILS`` and each is bounded.
"""

from __future__ import annotations

import html

from judge.grading.gradebook import Gradebook
from judge.report.junit import failure_text
from judge.untrusted import one_line, printable
from judge.verdict import Verdict

MAX_DETAILS = 200
DETAIL_CHARS = 3_000


def render(book: Gradebook, title: str = "Grading results") -> str:
    book = book.sorted()
    summary = book.summary()
    lines = [f"## {title}", ""]
    if not book.results:
        lines.append("No submission was graded.")
    else:
        lines.append(f"**{summary['submissions']}** submissions from **{summary['submitters']}** submitters on "
                     f"**{summary['problems']}** problems: **{summary['accepted']}** accepted "
                     f"({summary['pass_rate']:.0%}), **{summary['rejected']}** rejected.")
    if summary["internal_errors"]:
        lines.append(f"\n**{summary['internal_errors']} internal error(s) (IE)**: the judge failed on these "
                     f"submissions; their messages say why.")
    if book.unmatched:
        lines.append(f"\n**{len(book.unmatched)}** file(s) named no problem and were not graded (listed below).")
    lines += ["", "| verdict | count |", "|---|---:|"]
    lines += [f"| {v.value} ({v.title}) | {n} |" for v in Verdict
              if (n := summary["verdicts"][v.value]) or v is Verdict.AC]
    lines += ["", "### Pass rate by problem", "",
              "| problem | submissions | accepted | pass rate |", "|---|---:|---:|---:|"]
    for problem, row in summary["per_problem"].items():
        lines.append(f"| {_cell(problem)} | {row['submissions']} | {row['accepted']} | {row['pass_rate']:.0%} |")
    lines += ["", "### Verdicts", ""] + _grid(book)
    if book.unmatched:
        lines += ["", "### Files that name no problem", ""]
        lines += [f"- `{_code(u.submitter)}/{_code(u.file)}`: {_cell(u.reason)}" for u in book.unmatched]
    rejected = book.rejected
    if rejected:
        lines += ["", "### Failures", ""]
        for result in rejected[:MAX_DETAILS]:
            text = printable(failure_text(result))
            if len(text) > DETAIL_CHARS:
                text = text[:DETAIL_CHARS] + "\n... (shortened; the JSON and JUnit outputs hold the rest)"
            lines += ["<details>",
                      f"<summary>{html.escape(one_line(result.submitter))} · {html.escape(result.problem)} · "
                      f"{result.verdict.value} ({html.escape(one_line(result.file))})</summary>", "",
                      "<pre>" + html.escape(text) + "</pre>", "", "</details>"]
        if len(rejected) > MAX_DETAILS:
            lines.append(f"\n... and {len(rejected) - MAX_DETAILS} more failures (see the JSON or JUnit output).")
    return "\n".join(lines) + "\n"


def _grid(book: Gradebook) -> list[str]:
    problems = book.problems()
    lines = ["| submitter | " + " | ".join(_cell(p) for p in problems) + " | accepted |",
             "|---|" + "---|" * len(problems) + "---:|"]
    for submitter in book.submitters():
        mine = [r for r in book.results if r.submitter == submitter]
        cells = [" ".join(r.verdict.value for r in mine if r.problem == p) or "-" for p in problems]
        accepted = len({r.problem for r in mine if r.accepted})
        lines.append(f"| {_cell(submitter)} | " + " | ".join(cells) + f" | {accepted}/{len(problems)} |")
    return lines


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell: no pipe, no newline, no raw HTML, no control character."""
    return html.escape(one_line(text).replace("|", "\\|"), quote=False)


def _code(text: str) -> str:
    """Text safe inside a code span on one line: no backtick, no newline (a file name could start a heading)."""
    return one_line(text).replace("`", "'")
