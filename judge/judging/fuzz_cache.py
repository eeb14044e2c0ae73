"""Generated inputs and the reference's answers to them, made once per problem and seed.

``judge grade`` fuzzes every submission of a problem with the same fixed seed, so
every submission meets the same generated inputs (``fuzz.generate``) and the
reference gives the same answers to them. Before this cache each submission paid for
both again: Hypothesis generating 200 inputs and the reference answering them took
more time than judging the submission's hidden cases (docs/performance.md).
``judging.fuzz`` asks ``recall`` first; ``judge grade`` fills the cache with
``remember`` before its workers are forked, so they inherit it.

Nothing here comes from a submission: the inputs are Hypothesis's from the seed, the
answers are the trusted reference's, computed in the judge's process, and so are its
CPU times on each input, read from the kernel around requests to the reference's own
clock child (``fuzz.prepare``), as the hidden cases' are: each generated input's limit
follows its own time, not the problem's floor. Where each input
goes among the hidden cases is still drawn afresh for every submission
(``fuzz.Interleaved``), and the answer a submission gets checked against is the one
the reference gave, so the cache changes no verdict — only who pays for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from judge.problems.problem import Case, Problem


def _key(args: Any) -> str:
    return json.dumps(args, sort_keys=True)


@dataclass(frozen=True)
class Prepared:
    """One problem's generated inputs (in Hypothesis's order) and the reference's answer to each."""

    inputs: list[list[Any]]
    answers: dict[str, Any] = field(default_factory=dict)
    times: dict[str, float] = field(default_factory=dict)  # the reference's CPU seconds on each: limits, batching
    keys: dict[int, tuple[list[Any], str]] = field(default_factory=dict)  # id of an input in ``inputs`` -> its key

    def expected(self, case: Case) -> Any:
        """The reference's answer to a generated input (``fuzz.ReferenceRunner.expected``'s signature)."""
        return json.loads(json.dumps(self.answers[self.key(case.args)]))  # a copy: a checker may not share it

    def seconds(self, case: Case) -> float | None:
        """The reference's CPU seconds on a generated input, as it answered it up front."""
        return self.times.get(self.key(case.args))

    def key(self, args: Any) -> str:
        """``args``'s key: kept for the very lists of ``inputs`` (which every submission is sent, and
        nothing changes), made afresh for any other (a shrunk input)."""
        kept = self.keys.get(id(args))
        return kept[1] if kept is not None and kept[0] is args else _key(args)


_prepared: dict[tuple[str, str, int, int], Prepared] = {}


def _where(problem: Problem, examples: int, seed: int) -> tuple[str, str, int, int]:
    return str(problem.root.resolve()), problem.slug, examples, seed


def remember(problem: Problem, examples: int, seed: int, inputs: list[list[Any]], answers: list[Any],
             times: list[float] | None = None) -> Prepared:
    """Keep ``inputs``, the reference's ``answers`` and its CPU ``times`` (same order) for ``problem`` at ``seed``."""
    keys = {id(args): (args, _key(args)) for args in inputs}
    prepared = Prepared(inputs, {keys[id(args)][1]: answer for args, answer in zip(inputs, answers, strict=True)},
                        {keys[id(args)][1]: spent for args, spent in zip(inputs, times or [], strict=False)}, keys)
    _prepared[_where(problem, examples, seed)] = prepared
    return prepared


def recall(problem: Problem, examples: int, seed: int) -> Prepared | None:
    """What ``remember`` kept for exactly this problem, number of examples and seed, if anything."""
    return _prepared.get(_where(problem, examples, seed))


def forget() -> None:
    """Drop everything (tests)."""
    _prepared.clear()
