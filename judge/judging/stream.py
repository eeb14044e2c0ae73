"""Randomized problems: prove the outputs depend on the judge's source alone, throughout.

The draws of the source (``rand6()``) are made and counted by the judge
(``judge.judging.draws``): the child gets them in blocks on request and cannot
make, rewind or count them itself. Per stream, the statistical checker tests
uniformity and independence, and the judge has already compared the number of
outputs with the calls asked for. What the checker cannot see is *where* the
randomness came from, so after every stream passes:

- entropy: n uniform outputs over k outcomes carry n·log(k) of entropy, and each
  draw gives log(sides); fewer draws served than that bound allows (less a small
  allowance for entropy carried between calls) means another source was used;
- the audit (``judge.judging.replay`` runs its fresh processes): after the judged run,
  a case J and a draw k are drawn with ``secrets``, uniformly over the draws of every case
  after the first (less the last ``FORK_TAIL`` of each), so the solution cannot know where.
  Two things run side by side on the two cores:

  - replay: fresh processes run *every* case again, on the same draws, after the same
    history as in the judged run (one process, unless a case stopped at its cap broke the
    judged run into several: ``replay.History``), and every case must give the same
    outputs. Any output that comes from elsewhere (the ``random`` module, the clock,
    ``os.urandom``), in any case, from the first or only from the last stream on, differs;
  - dependence throughout: a fresh process runs the cases before J in J's judged process,
    then case J on a *fork* of its draws: the same up to draw k and different after it.
    The outputs must change by the time draw k can have been taken (k divided by the
    entropy bound, with slack), and after the first change they must agree with the
    original outputs no more often than independent ones would (1/outcomes, with margin).
    A private generator seeded from a prefix of the draws, a fixed cycle, or outputs that
    take only every other value from the draws fail here.

  Every process has its judged history up to where it is compared or forked (a solution
  may carry entropy between calls and cases), its requests are the judged run's, and the
  fork's has seen no stream sharing the forked prefix: it cannot notice where the draws
  change. Both stop at the first case that differs from the judged run, or once the fork
  is refused, so a cheat costs little; a right solution costs one whole run more, and the
  fork (half a run on average) beside it. What that buys is argued in docs/statistics.md ("Replay and fork:
  the audit").

Before all that, the counts of every stream are pooled and tested once more
(``judge.checkers.pooled``): that is what catches biases of a few tenths of a percent.

It also reports the mean number of draws per output beside the entropy bound and
simple two-call rejection sampling, and the smallest bias the pooled tests detect.

What these checks cannot see, and why it is not a hole: the judge counts the draws it
*served*, and a solution may compute each output from a keyed generator of its own that
it keeps feeding with every draw (a pseudo-random function of the whole stream). Such a
solution is a deterministic function of the draws alone: it replays, and it changes when
any later draw changes, so it passes the audit as a correct solution does. Whether its
outputs are right is then a question about their distribution only, which the per-stream
and pooled tests answer with the stated power (docs/statistics.md). A generator that
ignores the draws it wastes is caught by the agreement test (its own part is the same on
both runs: with one fresh ``rand6()`` per output the outputs agree about 1/6 of the time,
not 1/10); one that ignores the draws for a stretch is caught when the fork falls in it.
"""

from __future__ import annotations

import math
import secrets
from pathlib import Path
from typing import Any

from judge.checkers import pooled, statistical
from judge.judging import remeasure, replay
from judge.problems.problem import Case, Problem
from judge.verdict import FailingCase, StreamFigures, Verdict

ENTROPY_ALLOWANCE_CALLS = 64  # entropy a solution may carry over between calls, in source calls
LAG_SLACK = 0.05  # outputs may change a little later than draw k / entropy bound ...
LAG_SLACK_OUTPUTS = 100  # ... by this share and this many outputs (local luck, read-ahead)
AGREEMENT_MARGIN = 0.05  # after the fork, outputs may agree this much more often than 1/outcomes
MIN_SUFFIX = 50  # fewer outputs than this after the change are not tested for agreement
FORK_TAIL = 32_768  # the audit forks no case this close to the end of the draws it took
# Every case passed its own check when these run: the message says it is the run as a whole that failed.
WHOLE_RUN = "every case passed on its own, but a whole-run check failed"


def verify(problem: Problem, solution: Path, cases: list[Case], outputs: dict[str, Any], served: dict[str, int],
           key: bytes | None, sandbox: str,
           history: replay.History | None = None) -> tuple[Verdict, str, FailingCase | None, StreamFigures]:
    """(verdict, message, failing case, figures) after the entropy, dependence and replay checks.

    ``served`` is how many draws each case took (``draws.Draws.used``); ``key`` the run's secret;
    ``history`` which processes of the judged run gave which outputs (one process if not given).
    """
    total_outputs = sum(len(v) for v in outputs.values())
    source_calls = sum(served.values())
    extra = figures(problem, source_calls, total_outputs)
    source = f"{problem.stream_source}()"
    biased = pooled.check_streams([outputs[case.name] for case in cases], problem.checker_options)
    if biased is not None:
        text = f"{WHOLE_RUN} (pooled): {biased.message}"
        whole = FailingCase("all cases", {"cases": len(cases), "calls": total_outputs}, None, None, text, hint=biased.hint)
        return Verdict.WA, text, whole, extra
    allowed = total_outputs * entropy_bound(problem) - ENTROPY_ALLOWANCE_CALLS
    if source_calls < allowed:
        text = (f"{WHOLE_RUN} (entropy bound): {total_outputs:,} uniform outputs need at least {allowed:,.0f} calls of {source} (the entropy "
                f"bound), but your solution took {source_calls:,}: it must be using another source of randomness")
        whole = FailingCase("all cases", {"cases": len(cases), "calls": total_outputs}, None, None, text)
        return Verdict.WA, text, whole, extra
    assert key is not None, "a stream judged without the judge's key"
    at, fork_at = audit_point(cases, served)
    plan = replay.lives(cases, history or replay.History(), lambda case: remeasure.warm_up(problem, case))
    original = outputs[cases[at].name]

    def refused(forked: Any) -> str | None:
        return dependence(problem, original, forked, fork_at, served[cases[at].name])

    replayed, why = replay.audit(problem, solution, plan, sandbox, key, (cases[at].name, fork_at), outputs, refused)
    differs = replay.first_difference(cases, outputs, replayed, whole=why is None)
    if differs is not None:
        case, again = differs
        where = _first_difference(outputs[case.name], again)
        text = (f"{WHOLE_RUN} (replay): your outputs are not determined by {source} alone: replaying the same {source} stream "
                f"(seed {case.seed}) in a fresh process gave a different output {where}. Use only {source} "
                f"as a source of randomness (not random, time, os.urandom, ...)")
        return Verdict.WA, text, _failing(case, text), extra
    if why is not None:
        text = f"{WHOLE_RUN} (dependence): {why}"
        return Verdict.WA, text, _failing(cases[at], text), extra
    return Verdict.AC, "", None, extra


def dependence(problem: Problem, original: list[Any], forked: Any, fork_at: int, served: int = 0) -> str | None:
    """Why the outputs on draws forked at ``fork_at`` show no dependence on the later draws (None if they do).

    ``served`` is how many draws the case took. The agreement after the change is counted
    from the output where draw ``fork_at`` is reached at the case's own rate, not from the
    first change: state a solution carries over from the previous (forked) case may change
    a few outputs early, and the unforked outputs before the fork point would otherwise
    count as agreeing.
    """
    source = f"{problem.stream_source}()"
    changed = f"changing the {source} draws from draw #{fork_at + 1:,} on (in a fresh process)"
    if type(forked) is not list or len(forked) != len(original):
        return f"your solution failed when {changed}: it must work on any {source} stream"
    first = next((i for i, (a, b) in enumerate(zip(original, forked)) if a != b), len(original))
    if first == len(original):
        return (f"your outputs do not depend on {source} throughout: {changed} left all {len(original):,} outputs "
                f"unchanged. Every output must come from {source} (a generator of your own, even seeded from "
                f"{source}, is not allowed)")
    latest = (fork_at + ENTROPY_ALLOWANCE_CALLS) / entropy_bound(problem) * (1 + LAG_SLACK) + LAG_SLACK_OUTPUTS
    if first > latest:
        return (f"your outputs do not depend on {source} throughout: {changed} changed nothing before output "
                f"#{first + 1:,}, but by then at most {latest:,.0f} outputs can have been made from the earlier draws")
    start = max(first, fork_at * len(original) // served) if served > 0 else first
    after = len(original) - start
    if after < MIN_SUFFIX:
        return None
    same = sum(1 for a, b in zip(original[start:], forked[start:]) if a == b) / after
    chance = 1 / outcomes(problem)
    allowed = chance + max(AGREEMENT_MARGIN, 6 * math.sqrt(chance * (1 - chance) / after))
    if same > allowed:
        return (f"your outputs do not depend on {source} throughout: after {changed}, {same:.0%} of the "
                f"{after:,} later outputs stayed the same, where outputs of other draws would agree about "
                f"{chance:.0%} of the time")
    return None


def audit_point(cases: list[Case], served: dict[str, int]) -> tuple[int, int]:
    """Where the audit forks the draws: (index of the case, draw number in it), drawn with ``secrets``.

    Uniform over the draws every case after the first took, less the last ``FORK_TAIL`` of
    each (so that plenty of outputs follow the fork, whatever the solution's rate); the
    first case (the sample) is never forked, so it is always replayed. Streams too short for
    that fall back to the last case, forked in the first half of what it took.
    """
    spans = [max(0, served[case.name] - FORK_TAIL) for case in cases]
    if len(cases) > 1:
        spans[0] = 0
    left = secrets.randbelow(sum(spans)) if sum(spans) > 0 else None
    if left is None:
        last = len(cases) - 1
        return last, secrets.randbelow(served[cases[last].name] // 2 + 1)
    for index, span in enumerate(spans):
        if left < span:
            return index, left
        left -= span
    raise AssertionError("unreachable: the draw lies in some span")


def entropy_bound(problem: Problem) -> float:
    """The fewest source calls per output that can give uniform outputs: log(outcomes) / log(sides)."""
    return math.log(outcomes(problem)) / math.log(problem.stream_sides or 2)


def outcomes(problem: Problem) -> int:
    """How many values each output takes (the statistical checker's ``outcomes``; 10 otherwise)."""
    options = problem.checker_options
    return options.outcomes if isinstance(options, statistical.Options) else 10


def figures(problem: Problem, source_calls: int, outputs: int) -> StreamFigures:
    """Mean source calls per output, the entropy bound, two-call rejection sampling's cost, and
    the smallest bias (total variation of single outputs, of pairs) the pooled tests detect."""
    sides = problem.stream_sides or 2
    square = sides * sides
    accepted = square - square % outcomes(problem)
    detect = (pooled.detectable_tv(outputs, problem.checker_options)
              if isinstance(problem.checker_options, statistical.Options) else {})
    return StreamFigures(
        calls_per_output=round(source_calls / outputs, 4) if outputs else 0.0,
        entropy_bound=round(entropy_bound(problem), 4),
        rejection_sampling=round(2 * square / accepted, 4),
        detectable_tv_singles=round(detect["singles"], 6) if detect else None,
        detectable_tv_pairs=round(detect["pairs"], 6) if detect else None,
        detectable_tv_power=detect.get("power"),
    )


def _first_difference(first: list[Any], second: Any) -> str:
    if not isinstance(second, list):
        return "(the replay failed)"
    for index, (a, b) in enumerate(zip(first, second)):
        if a != b:
            return f"at call #{index + 1} ({a} then {b})"
    return f"(lengths {len(first)} and {len(second)})"


def _failing(case: Case, text: str) -> FailingCase:
    return FailingCase(case.name, {"seed": case.seed, "calls": case.calls}, None, None, text)
