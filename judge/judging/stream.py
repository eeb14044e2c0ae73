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
- replay: all streams are run again in a fresh process on the same draws, and must
  give the same outputs (the ``random`` module, the clock or ``os.urandom`` would not);
- dependence throughout: before that, in the same fresh process, each stream is
  run on a *fork* of its draws, the same up to a secret position k (drawn anew each
  run, anywhere in the first half of what the stream took) and different after it.
  The outputs must change by the time draw k can have been taken (k divided by the
  entropy bound, with slack), and after the first change they must agree with the
  original outputs no more often than independent ones would (1/outcomes, with
  margin). A private generator seeded from the first draws, a fixed cycle, or
  outputs that take only every other value from the draws fail here; with k = 0
  this is also the old "another stream gives other outputs" check.
  The forks run in a process of their own, which has seen no stream sharing their
  prefix (it cannot notice where the draws change), beside the replay's.

Before all that, the counts of every stream are pooled and tested once more
(``judge.checkers.pooled``): that is what catches biases of a few tenths of a percent.

It also reports the mean number of draws per output beside the entropy bound and
simple two-call rejection sampling, and the smallest bias the pooled tests detect.

What these checks cannot see: the judge counts the draws it *served*, and a
solution may take draws and ignore them. So a solution that takes enough draws
while computing each output from a generator of its own that it keeps feeding with
the draws (a keyed pseudo-random function of the whole stream) passes the entropy
bound and the fork test alike; only its statistics are left to tell. A generator
that ignores the draws it wastes is caught by the fork test's agreement (its own
part is the same on both runs: with one fresh ``rand6()`` per output the outputs
agree about 1/6 of the time, not 1/10).
"""

from __future__ import annotations

import math
import secrets
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from judge import values
from judge.checkers import pooled, statistical
from judge.judging import draws
from judge.problems.problem import Case, Problem
from judge.sandbox import protocol
from judge.sandbox.child import Child, Limits, LoadFailed
from judge.sandbox.protocol import Reply
from judge.verdict import FailingCase, StreamFigures, Verdict

REPLAY_TIMEOUT_S = 60.0
ENTROPY_ALLOWANCE_CALLS = 64  # entropy a solution may carry over between calls, in source calls
LAG_SLACK = 0.05  # outputs may change a little later than draw k / entropy bound ...
LAG_SLACK_OUTPUTS = 100  # ... by this share and this many outputs (local luck, read-ahead)
AGREEMENT_MARGIN = 0.05  # after the fork, outputs may agree this much more often than 1/outcomes
MIN_SUFFIX = 50  # fewer outputs than this after the change are not tested for agreement
# Every case passed its own check when these run: the message says it is the run as a whole that failed.
WHOLE_RUN = "every case passed on its own, but a whole-run check failed"


def verify(problem: Problem, solution: Path, cases: list[Case], outputs: dict[str, Any], served: dict[str, int],
           key: bytes | None, sandbox: str) -> tuple[Verdict, str, FailingCase | None, StreamFigures]:
    """(verdict, message, failing case, figures) after the entropy, dependence and replay checks.

    ``served`` is how many draws each case took (``draws.Draws.used``); ``key`` the run's secret.
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
    forks = {case.name: secrets.randbelow(served[case.name] // 2 + 1) for case in cases}
    forked, again = _replay(problem, solution, cases, sandbox, key, forks)
    for case in cases:
        if again.get(case.name) != outputs[case.name]:
            where = _first_difference(outputs[case.name], again.get(case.name))
            text = (f"{WHOLE_RUN} (replay): your outputs are not determined by {source} alone: replaying the same {source} stream "
                    f"(seed {case.seed}) in a fresh process gave a different output {where}. Use only {source} "
                    f"as a source of randomness (not random, time, os.urandom, ...)")
            return Verdict.WA, text, _failing(case, text), extra
    for case in cases:
        why = dependence(problem, outputs[case.name], forked.get(case.name), forks[case.name], served[case.name])
        if why is not None:
            text = f"{WHOLE_RUN} (dependence): {why}"
            return Verdict.WA, text, _failing(case, text), extra
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


def _replay(problem: Problem, solution: Path, cases: list[Case], sandbox: str, key: bytes,
            forks: dict[str, int]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Outputs per case on forked draws and on the same draws, each from a fresh process.

    Two processes, run side by side: the replay must see the same history of streams
    as the judged run (a solution may carry entropy over between calls), and the forks
    must run where no stream sharing their prefix was seen before.
    """
    fork_key = draws.new_key()
    with ThreadPoolExecutor(max_workers=2) as pool:
        forked = pool.submit(_outputs, problem, solution, cases, sandbox, key, forks, fork_key)
        again = pool.submit(_outputs, problem, solution, cases, sandbox, key, None, None)
        return forked.result(), again.result()


def _outputs(problem: Problem, solution: Path, cases: list[Case], sandbox: str, key: bytes,
             forks: dict[str, int] | None, fork_key: bytes | None) -> dict[str, Any]:
    """Outputs per case from one fresh process, on the draws of ``key`` (forked where asked)."""
    limits = Limits(cpu_s=REPLAY_TIMEOUT_S * 2, memory_mb=problem.memory_mb, output_bytes=problem.output_kb * 1024)
    found: dict[str, Any] = {}
    with Child(solution, limits, sandbox) as child:
        try:
            child.load(problem, REPLAY_TIMEOUT_S)
        except LoadFailed:
            return found  # nothing replayed: every case differs
        for case in cases:
            fork = (forks[case.name], fork_key) if forks is not None and fork_key is not None else None
            exchange, _ = draws.request(child, problem, case, protocol.case_request(problem, case), REPLAY_TIMEOUT_S,
                                        key=key, fork=fork)
            found[case.name] = _value(exchange.reply)
    return found


def _value(reply: Reply | None) -> Any:
    if reply is None or not reply.ok:
        return None
    try:
        return values.rebuild(reply.value)
    except values.Malformed:
        return None


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
