"""Judge a package's test data tree in order and grade it as the Kattis default grader does.

``judge_tree(tree, judge_case)`` walks the groups in order, calling ``judge_case`` for
each case, and stops a group at its first non-accepted sub-result when the group's
``on_reject`` is ``break`` (the default; ``continue`` judges the rest). Each group's
result then comes from its rules:

- verdict: ``worst_error`` (the default: accepted if all sub-results are, else the worst
  of IE, RE, MLE, TLE, OLE, WA found), ``first_error`` (the first non-accepted one) or
  ``always_accept``; ``accept_if_any_accepted`` accepts when any sub-result is accepted;
- score (scoring problems): an accepted case scores ``accept_score`` (1), a rejected one
  ``reject_score`` (0); a rejected group scores its ``reject_score``; a group adds its
  sub-scores by ``sum`` (the default), ``avg``, ``min`` or ``max``;
- ``ignore_sample`` (root only): the sample group decides neither verdict nor score.

For a pass-fail problem with default rules this is LeetCode's order: stop at the first
case that is not accepted.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from judge.problems.kattis.testdata import TestCase, TestGroup
from judge.verdict import Verdict

# Worst first, as the legacy specification orders JE, RTE, MLE, TLE, OLE, WA.
SEVERITY = (Verdict.IE, Verdict.CE, Verdict.RE, Verdict.MLE, Verdict.TLE, Verdict.OLE, Verdict.WA)


@dataclass(frozen=True)
class Graded:
    """The result of a case or group; ``verdict`` None means it was not judged."""

    name: str
    verdict: Verdict | None
    score: float
    max_score: float
    children: tuple["Graded", ...] = ()

    def groups(self) -> list["Graded"]:
        """This result and every group result below it, depth first."""
        found = [self] if self.children else []
        for child in self.children:
            found += child.groups()
        return found


def judge_tree(tree: TestGroup, judge_case: Callable[[TestCase], Verdict]) -> Graded:
    """Judge ``tree`` case by case (see the module docstring) and grade it."""
    return _walk(tree, judge_case, root=True)


def max_score(tree: TestGroup) -> float:
    """The score of a submission that is accepted on every case."""
    return _walk(tree, lambda case: Verdict.AC, root=True).score


def _walk(group: TestGroup, judge_case: Callable[[TestCase], Verdict], root: bool) -> Graded:
    children: list[Graded] = []
    stopped = False
    for item in group.items:
        if stopped:
            children.append(Graded(item.name, None, 0.0, 0.0))
            continue
        if isinstance(item, TestCase):
            verdict = judge_case(item)
            score = item.rules.accept_score if verdict is Verdict.AC else item.rules.reject_score
            result = Graded(item.name, verdict, score, item.rules.accept_score)
        else:
            result = _walk(item, judge_case, root=False)
        children.append(result)
        if result.verdict not in (Verdict.AC, None) and group.rules.on_reject == "break":
            stopped = True
    return _grade(group, tuple(children), root)


def _grade(group: TestGroup, children: tuple[Graded, ...], root: bool) -> Graded:
    rules = group.rules
    counted = [c for c in children if c.verdict is not None]
    if root and rules.ignore_sample and group.group("sample") is not None:
        counted = [c for c in counted if c.name != "sample"]
    if not counted:
        return Graded(group.name, None if not any(c.verdict for c in children) else Verdict.AC, 0.0, 0.0, children)
    verdicts = [c.verdict for c in counted]
    rejected = [v for v in verdicts if v is not Verdict.AC]
    if not rejected or rules.verdict_mode == "always_accept" or \
            (rules.accept_if_any_accepted and len(rejected) < len(verdicts)):
        verdict = Verdict.AC
    elif rules.verdict_mode == "first_error":
        verdict = rejected[0]  # type: ignore[assignment]
    else:
        verdict = min(rejected, key=lambda v: SEVERITY.index(v) if v in SEVERITY else len(SEVERITY))  # type: ignore
    scores = [c.score for c in counted]
    if verdict is not Verdict.AC:
        score = rules.reject_score
    elif rules.score_mode == "avg":
        score = sum(scores) / len(scores)
    elif rules.score_mode == "min":
        score = min(scores)
    elif rules.score_mode == "max":
        score = max(scores)
    else:
        score = sum(scores)
    return Graded(group.name, verdict, score, _max_of(rules.score_mode, counted), children)


def _max_of(mode: str, counted: list[Graded]) -> float:
    maxima = [c.max_score for c in counted]
    if mode == "avg":
        return sum(maxima) / len(maxima)
    if mode in ("min", "max"):
        return min(maxima) if mode == "min" else max(maxima)
    return sum(maxima)


__all__ = ["Graded", "SEVERITY", "judge_tree", "max_score"]
