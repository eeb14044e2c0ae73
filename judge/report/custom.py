"""The report of ``judge run --case``: per case, the input, both outputs, agreement, time.

Text for a person, and a JSON document for tools:

    {"problem": ..., "solution": ..., "sandbox": ..., "checker": ..., "all_agree": true,
     "load_error": null | {"verdict": "CE", "message": ..., "traceback": ...},
     "cases": [{"name", "where", "input", "verdict", "agrees", "returned", "yours", "reference",
                "message", "hint", "note", "stdout", "traceback", "time_ms", "reference_ms", "limit_ms",
                "distribution": null | [[value, yours, reference], ...]}]}

For a stream problem "reference" is null, "yours" holds the first 1,000 outputs and
"distribution" counts every output of both.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import click

from judge.judging.custom import CustomOutcome, CustomReport
from judge.report.text import input_lines, verdict_label
from judge.untrusted import json_text, printable
from judge.values import show, show_step
from judge.verdict import Verdict

BAR = 30
STREAM_HEAD = 1000


def render(report: CustomReport) -> str:
    """The text report; ends with how many cases agree and that no hidden case ran."""
    lines: list[str] = []
    if report.load_verdict is not None:
        lines += [verdict_label(report.load_verdict) + f"  {report.problem}: your solution did not load",
                 printable(report.load_message)]
        if report.load_traceback:
            lines += ["", *("  " + line for line in printable(report.load_traceback).rstrip().splitlines())]
        return "\n".join(lines)
    for index, case in enumerate(report.outcomes, 1):
        lines += _case_lines(_printable(case), index, len(report.outcomes), report.checker)
    agree = sum(o.agrees for o in report.outcomes)
    lines.append(f"{agree}/{len(report.outcomes)} case(s) agree with the reference "
                 f"(your input only: no hidden case was run; judge run {report.problem} judges the solution)")
    return "\n".join(lines)


def _printable(case: CustomOutcome) -> CustomOutcome:
    """The case with the solution's text (message, traceback, stdout) unable to steer the terminal."""
    return replace(case, message=printable(case.message), stdout=printable(case.stdout),
                   traceback=printable(case.traceback) if case.traceback else case.traceback,
                   hint=printable(case.hint) if case.hint else case.hint)


def _case_lines(case: CustomOutcome, index: int, total: int, checker: str) -> list[str]:
    title = f"Case {index}" + (f" ({case.where})" if total > 1 and case.where != "--case" else "")
    lines = [click.style(title, bold=True), *_output_lines(case)]
    if case.distribution is not None:
        lines += _distribution_lines(case.distribution)
    if case.note:
        lines.append(f"  note: {case.note}")
    if case.agrees:
        lines.append(click.style("  agree", fg="green") + f" ({checker} checker)")
    elif case.returned:
        lines.append(click.style("  differ", fg="red") + f": {case.message}")
    if case.hint:
        lines.append(click.style("  hint: ", fg="cyan") + case.hint)
    if case.traceback:
        lines += ["", *("  " + line for line in case.traceback.rstrip().splitlines())]
    lines.append(f"  time: yours {_ms(case)}, reference {case.reference_ms:.2f} ms (limit {case.limit_ms / 1000:.1f} s)")
    if case.stdout:
        lines.append("  your stdout:")
        lines += ["  | " + line for line in case.stdout.rstrip().splitlines()[:20]]
    lines.append("")
    return lines


def _output_lines(case: CustomOutcome) -> list[str]:
    """The input, then both outputs (per step for an object problem; no reference value for a stream)."""
    steps = case.input.get("steps")
    lines = _step_lines(steps, case) if isinstance(steps, list) else input_lines(case.input)
    if not case.returned:
        lines.append(f"  yours:      (no output: {case.verdict.title}) {case.message}")
    elif not isinstance(steps, list):
        lines.append(f"  yours:      {show(case.yours)}")
    if not isinstance(steps, list) and case.distribution is None:
        lines.append(f"  reference:  {show(case.reference)}")
    return lines


def _step_lines(steps: list[Any], case: CustomOutcome) -> list[str]:
    """Object problems: each step as code, then both values for the steps that give one."""
    lines = []
    yours = case.yours if isinstance(case.yours, list) else []
    theirs = case.reference if isinstance(case.reference, list) else []
    for index, step in enumerate(steps):
        lines.append(f"  step {index + 1}: {show_step(step) if isinstance(step, dict) else show(step)}")
        if "call" in step or "get" in step:
            if index < len(yours):
                lines.append(f"    yours:      {show(yours[index])}")
            if index < len(theirs):
                lines.append(f"    reference:  {show(theirs[index])}")
    return lines


def _ms(case: CustomOutcome) -> str:
    if case.verdict is Verdict.TLE:
        return f"> {case.limit_ms / 1000:.1f} s"
    return f"{case.time_ms:.2f} ms"


def _distribution_lines(rows: tuple[tuple[Any, int, int], ...]) -> list[str]:
    """Counts of each output, yours and the reference's, with a bar for yours."""
    total = sum(r[1] for r in rows) or 1
    top = max((r[1] for r in rows), default=0) or 1
    lines = ["  distribution   yours    reference"]
    for value, mine, theirs in rows:
        bar = "#" * round(BAR * mine / top)
        lines.append(f"  {show(value, 12):>12} {mine:>7,} {theirs:>12,}  {bar} {100 * mine / total:.1f}%")
    return lines


def to_dict(report: CustomReport) -> dict[str, Any]:
    load = None
    if report.load_verdict is not None:
        load = {"verdict": report.load_verdict.value, "message": report.load_message,
                "traceback": report.load_traceback}
    return {
        "problem": report.problem, "solution": report.solution, "sandbox": report.sandbox,
        "checker": report.checker, "all_agree": report.all_agree, "load_error": load,
        "cases": [_case_dict(o) for o in report.outcomes],
    }


def _case_dict(case: CustomOutcome) -> dict[str, Any]:
    yours = case.yours
    if case.distribution is not None and isinstance(yours, list):
        yours = yours[:STREAM_HEAD]  # the distribution counts them all
    return {
        "name": case.name, "where": case.where, "input": case.input, "verdict": case.verdict.value,
        "agrees": case.agrees, "returned": case.returned, "yours": yours, "reference": case.reference,
        "message": case.message, "hint": case.hint, "note": case.note, "stdout": case.stdout, "traceback": case.traceback,
        "time_ms": round(case.time_ms, 3), "reference_ms": round(case.reference_ms, 3),
        "limit_ms": round(case.limit_ms, 3),
        "distribution": [list(row) for row in case.distribution] if case.distribution is not None else None,
    }


def dumps(report: CustomReport) -> str:
    return json_text(to_dict(report))  # standard JSON: a returned NaN is the string "NaN"


__all__ = ["dumps", "render", "to_dict"]
