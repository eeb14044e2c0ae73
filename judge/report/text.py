"""The report a person reads after ``judge run``: verdict first, then what to look at.

Colours only on a terminal (Click's ``style`` is stripped by ``echo`` otherwise).
Everything that came from the solution (messages, tracebacks, its stdout, values) goes
through ``printable`` first: a solution that prints escape codes must not be able to
clear the screen and paint a green "Accepted" of its own.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from typing import Any

import click
from tabulate import tabulate

from judge.values import SHORT, first_difference, show, show_step
from judge.verdict import (
    CaseResult,
    Complexity,
    FailingCase,
    FoundInput,
    FuzzSummary,
    JudgeResult,
    ScoreFigures,
    StreamFigures,
    Verdict,
)

RAISED = re.compile(r"^[A-Za-z_][\w.]*: ")  # "ValueError: ...", as the harness reports an exception

# Control characters (but newline and tab), DEL, C1 controls, and the bidirectional overrides
# that reorder what a terminal shows: each is written as a visible escape instead.
_UNPRINTABLE = [c for c in range(0x20) if c not in (0x09, 0x0A)] + list(range(0x7F, 0xA0)) + \
    [0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
_ESCAPES = {c: f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" for c in _UNPRINTABLE}


def printable(text: str) -> str:
    """``text`` with every character that could steer a terminal shown as an escape (``\\x1b``)."""
    text = text.translate(_ESCAPES)
    return text.encode("utf-8", "backslashreplace").decode("utf-8")  # lone surrogates too


COLOURS = {Verdict.AC: "green", Verdict.WA: "red", Verdict.RE: "magenta", Verdict.CE: "magenta",
           Verdict.TLE: "yellow", Verdict.MLE: "yellow", Verdict.OLE: "yellow", Verdict.IE: "red"}


def verdict_label(verdict: Verdict) -> str:
    return click.style(f"{verdict.title} ({verdict.value})", fg=COLOURS[verdict], bold=True)


def render(result: JudgeResult) -> str:
    lines = [verdict_label(result.verdict) + f"  {result.problem}  [{result.passed}/{result.total} cases passed"
             + _after_cases(result) + "]"]
    if result.message and result.verdict is not Verdict.AC:
        lines.append(printable(result.message))
    if result.failing_case is not None:
        lines += failing_lines(result.failing_case, result.verdict)
    if result.cases:
        lines.append("")
        lines.append(group_table(result.cases))
        lines.append(summary_line(result))
    if result.minimal_case is not None:
        lines += _minimal(result.minimal_case)
    if result.fuzz is not None:
        lines += _fuzz(result.fuzz)
    if result.stream is not None:
        lines += _stream(result.stream)
    if result.standing is not None:
        from judge.judging.standing import describe

        lines += describe(result.standing)
    if result.complexity is not None:
        lines += _complexity(result.complexity)
    if result.score is not None:
        lines += _score(result.score)
    lines.append(f"sandbox: {result.sandbox}" + ("" if result.sandbox == "bwrap" else
                 " (a plain process: the solution could read files and use the network; see `judge doctor`)")
                 + _accounting(result))
    return "\n".join(lines)


def _after_cases(result: JudgeResult) -> str:
    """Why a run whose cases all passed is not Accepted: a whole-run check, or fuzzing."""
    if result.accepted or result.passed != result.total or not result.total:
        return ""
    if result.stream is not None:
        return "; then a whole-run check failed"
    if result.fuzz is not None and result.fuzz.counterexample is not None:
        return "; then fuzzing found a failing input"
    return ""


def _accounting(result: JudgeResult) -> str:
    if result.limits is None:
        return ""
    if result.limits.accounting == "cgroup":
        return "; time and memory measured by the kernel (cgroup)"
    return "; time and memory measured from /proc (no cgroup here: some memory is not bounded, see `judge doctor`)"


def failing_lines(failing: FailingCase, verdict: Verdict) -> list[str]:
    lines = [""]
    if failing.name and failing.name not in ("import", "compile"):
        label = "Failing: all cases together" if failing.name == "all cases" else f"Failing case: {failing.name}"
        lines.append(click.style(label, bold=True))
    if set(failing.input) == {"stdin"}:  # a program: input, answer and output as text blocks
        return lines + _program_lines(failing, verdict)
    lines += input_lines(failing.input)
    if verdict is Verdict.WA and failing.expected is not None:
        lines.append(f"  expected: {printable(show(failing.expected))}")
        lines.append(f"  actual:   {printable(show(failing.actual))}")
    if failing.hint:
        lines.append(click.style("  hint: ", fg="cyan") + printable(failing.hint))
    if failing.traceback:
        lines.append("")
        lines += ["  " + line for line in printable(failing.traceback).rstrip().split("\n")]
    if failing.stdout:
        lines.append("  your stdout:")
        lines += ["  | " + line for line in printable(failing.stdout).rstrip().split("\n")[:20]]
    return lines


def _program_lines(failing: FailingCase, verdict: Verdict) -> list[str]:
    """A stdin/stdout case: each text block line by line, behind a bar."""
    blocks = [("input", failing.input["stdin"])]
    if verdict is Verdict.WA:
        blocks += [("expected output", failing.expected), ("your output", failing.actual)]
    lines = []
    for title, text in blocks:
        lines.append(f"  {title}:" + ("" if text else " (empty)"))
        lines += ["  | " + line for line in str(text or "").splitlines()]
    if failing.hint:
        lines.append(click.style("  hint: ", fg="cyan") + failing.hint)
    if failing.traceback:
        lines.append("")
        lines += ["  " + line for line in failing.traceback.rstrip().splitlines()]
    return lines


def input_lines(named: dict[str, Any], limit: int = SHORT) -> list[str]:
    """A case's input, one argument per line (the steps of an object-kind case as code), values cut to ``limit``."""
    lines = []
    for name, value in named.items():
        if name == "steps" and isinstance(value, list):
            lines += [f"  step {i}: {printable(show_step(step, limit // 2))}" for i, step in enumerate(value, 1)
                      if isinstance(step, dict)]
        else:
            lines.append(f"  {name} = {printable(show(value, limit))}")
    return lines


def group_table(cases: tuple[CaseResult, ...]) -> str:
    groups: OrderedDict[str, list[CaseResult]] = OrderedDict()
    for case in cases:
        groups.setdefault(case.group, []).append(case)
    rows = []
    for group, members in groups.items():
        worst = next((c.verdict for c in members if c.verdict is not Verdict.AC), Verdict.AC)
        slowest = max(members, key=lambda c: c.time_ms)
        rows.append([group, f"{sum(c.verdict is Verdict.AC for c in members)}/{len(members)}", worst.value,
                     format_time(slowest), f"{sum(c.time_ms for c in members):.1f}",
                     f"{max(c.memory_kb for c in members) / 1024:.1f}"])
    return tabulate(rows, headers=["group", "passed", "verdict", "slowest case", "total ms", "peak MB"])


def format_time(case: CaseResult) -> str:
    if case.verdict is Verdict.TLE and case.limit_ms:
        return f"> {case.limit_ms / 1000:.1f} s"
    text = f"{case.time_ms:.1f} ms"
    if case.time_spread_ms:
        text += f" ±{case.time_spread_ms / 2:.1f}"
    return text


def summary_line(result: JudgeResult) -> str:
    text = f"time {result.time_ms:.1f} ms, peak memory {result.memory_kb / 1024:.1f} MB"
    if result.import_ms is not None:
        text += f", import {result.import_ms:.0f} ms"
    if result.reference_time_ms and result.verdict is Verdict.AC:
        text += f", {result.time_ms / max(result.reference_time_ms, 1e-6):.1f}x the reference"
    return text


def _minimal(found: FoundInput) -> list[str]:
    lines = ["", click.style("Smallest failing input found:", bold=True)]
    lines += input_lines(found.input)
    lines += [f"  expected: {printable(show(found.expected))}",
              f"  actual:   {printable(actual_text(found.verdict, found.actual, found.message))}"]
    return lines


def actual_text(verdict: Verdict, actual: Any, message: str) -> str:
    """What the solution gave: its value for a Wrong Answer, else what happened instead
    (an exception is not a returned None)."""
    if verdict is Verdict.WA:
        return show(actual)
    if verdict is Verdict.RE and RAISED.match(message):
        return f"nothing returned: it raised {message}"
    return f"nothing returned: {verdict.title}" + (f" ({message})" if message else "")


def _fuzz(fuzz: FuzzSummary) -> list[str]:
    if fuzz.counterexample is not None:
        return ["", f"fuzzing: found a failing input after {fuzz.examples} generated inputs (seed {fuzz.seed})"]
    return ["", f"fuzzing: {fuzz.examples} generated inputs checked against the reference (seed {fuzz.seed})"]


def _stream(figures: StreamFigures) -> list[str]:
    return ["", f"source calls per output: {figures.calls_per_output:.3f} (entropy bound "
            f"{figures.entropy_bound:.3f}, two-call rejection sampling {figures.rejection_sampling:.3f})"] + _power(figures)


def _power(figures: StreamFigures) -> list[str]:
    """What bias the run's pooled tests could have detected (docs/statistics.md)."""
    if figures.detectable_tv_singles is None or figures.detectable_tv_pairs is None:
        return []
    return [f"this run would detect a bias of total variation >= {figures.detectable_tv_singles:.2%} in single "
            f"outputs or >= {figures.detectable_tv_pairs:.2%} in pairs of consecutive outputs with probability "
            f">= {figures.detectable_tv_power or 0:.0%}"]


def _score(figures: ScoreFigures) -> list[str]:
    lines = ["", click.style(f"score: {figures.score:g} / {figures.max_score:g}", bold=True)]
    for group in figures.groups:
        depth = group.name.count("/") - 1
        verdict = group.verdict or "not judged"
        lines.append(f"  {'  ' * depth}{group.name.rsplit('/', 1)[-1]}: {group.score:g} / {group.max_score:g}  ({verdict})")
    return lines


def _complexity(block: Complexity) -> list[str]:
    from judge.report.plot import render_complexity

    return ["", render_complexity(block)]


__all__ = ["render", "verdict_label", "first_difference", "printable"]
