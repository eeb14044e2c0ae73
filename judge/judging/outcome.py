"""Turn what came back from the child for one case into a verdict and the details a user needs.

This is where the judge's process decides: the child only reports, so a solution
that exits early, floods its output, forges a reply or lies in ``__eq__`` cannot
talk its way to Accepted. A case's time and memory are the judge's own readings of
the whole child (``Exchange.cpu_s``, ``Exchange.peak_kb``), never the reply's claims.
"""

from __future__ import annotations

import signal
import dataclasses
from dataclasses import dataclass, replace
from typing import Any

from judge import checkers, values
from judge.checkers.base import Mismatch
from judge.judging import stdio
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Exchange
from judge.sandbox.protocol import Reply, Status, clip
from judge.verdict import Verdict


@dataclass(frozen=True)
class Outcome:
    """The verdict on one case, and what to show if it is not Accepted."""

    verdict: Verdict
    cpu_s: tuple[float, ...] = ()
    memory_kb: int = 0
    actual: Any = None
    message: str = ""
    hint: str | None = None
    stdout: str = ""
    traceback: str | None = None
    value: Any = None
    source_calls: int | None = None
    fresh: bool = False  # measured in a re-measurement's fresh child (remeasure), not the judged one
    stalled: bool = False  # stopped at the wall clock while waiting on itself: TLE, never measured again

    @property
    def time_s(self) -> float:
        """The median CPU time of the repeated calls."""
        if not self.cpu_s:
            return 0.0
        ordered = sorted(self.cpu_s)
        return ordered[len(ordered) // 2]

    @property
    def spread_s(self) -> float:
        return max(self.cpu_s) - min(self.cpu_s) if self.cpu_s else 0.0


def of(exchange: Exchange, problem: Problem, case: Case, limit_s: float) -> Outcome:
    """The verdict on one case from whatever came back for it."""
    if exchange.reply is None:
        return from_crash(exchange, limit_s)
    return from_reply(exchange, exchange.reply, problem, case, limit_s)


def time_limit_message(limit_s: float) -> str:
    """The one wording of a Time Limit Exceeded, however it was seen (killed at the CPU or wall-clock cap,
    or a reply that came too late), so two runs of the same file read the same."""
    return f"exceeded the time limit of {limit_s:.1f} s"


def from_crash(exchange: Exchange, limit_s: float) -> Outcome:
    """No reply came: the child was killed, died, or broke the channel."""
    if exchange.timed_out:
        # Stopped: it ran at least its limit (a wall-clock stop on an overloaded machine may have used less CPU:
        # it reads as the limit, grey, and is measured again), and at least the CPU the kernel counted (a stop
        # at the CPU cap, past the grey zone: beyond). One that waited on itself (slept, or blocked on a lock or
        # input) rather than for a CPU is beyond too: the machine did not slow it (judge.sandbox.stall).
        hint = (f"stopped after {exchange.wall_s:.1f} s of wall-clock time, having used {exchange.cpu_s:.2f} s of "
                "CPU: it was waiting on itself (sleeping, or blocked on a lock or on input), not for a CPU"
                if exchange.stalled else None)
        return Outcome(Verdict.TLE, (max(limit_s, exchange.cpu_s),), exchange.peak_kb,
                       message=time_limit_message(limit_s), hint=hint, stalled=exchange.stalled)
    if exchange.output_exceeded:
        return Outcome(Verdict.OLE, message=f"printed more than the output limit ({exchange.output_bytes:,} bytes so far)")
    if exchange.memory_exceeded:
        return Outcome(Verdict.MLE, (exchange.cpu_s,), exchange.peak_kb,
                       message=f"used more memory than the limit ({exchange.peak_kb / 1024:.0f} MB seen)")
    if exchange.frame_exceeded:
        return Outcome(Verdict.OLE, message="returned a value too large to send back")
    if exchange.corrupt:
        return Outcome(Verdict.RE, message=exchange.corrupt)
    sig = exchange.signal
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and exchange.wall_s >= limit_s):
        return Outcome(Verdict.TLE, (limit_s,), exchange.peak_kb,
                       message=time_limit_message(limit_s))
    if "MemoryError" in exchange.stderr:
        return Outcome(Verdict.MLE, message="ran out of memory")
    if sig is not None:
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        what = "Segmentation fault" if sig == signal.SIGSEGV else "killed"
        return Outcome(Verdict.RE, message=f"{what} (signal {name})", traceback=clip(exchange.stderr) or None)
    status = exchange.exit_status
    return Outcome(Verdict.RE, message=f"the process exited with status {status} before returning a result "
                   "(exit(), os._exit() or a crash)", traceback=clip(exchange.stderr) or None)


def from_reply(exchange: Exchange, reply: Reply, problem: Problem, case: Case, limit_s: float) -> Outcome:
    """A reply came: apply the time and memory limits to the judge's readings, then the checker."""
    memory = exchange.peak_kb
    measured = Outcome(Verdict.AC, cpu_s=(exchange.cpu_s,), memory_kb=memory, stdout=reply.stdout)
    if reply.status is Status.MEMORY:
        return replace(measured, verdict=Verdict.MLE, message="MemoryError: the solution ran out of memory")
    if reply.status is Status.EXCEPTION:
        return replace(measured, verdict=Verdict.RE, message=f"{reply.exc_type}: {reply.message}",
                       traceback=reply.traceback)
    if reply.status is Status.EXIT:
        return replace(measured, verdict=Verdict.RE, message=reply.message)
    if reply.status is Status.TOO_LARGE:
        return replace(measured, verdict=Verdict.OLE, message=reply.message)
    if reply.status is not Status.OK:
        return replace(measured, verdict=Verdict.RE, message=f"unexpected reply from the solution's process: "
                                                              f"{reply.status.value!r}")
    try:
        reply = rebuilt(reply)
    except values.Malformed as exc:
        return replace(measured, verdict=Verdict.RE, message=f"the solution's process sent back a malformed value: {exc}")
    if measured.time_s > limit_s:
        return replace(measured, verdict=Verdict.TLE, message=time_limit_message(limit_s))
    if memory > problem.memory_mb * 1024:
        return replace(measured, verdict=Verdict.MLE, message=f"used {memory / 1024:.0f} MB (limit {problem.memory_mb} MB)")
    if problem.kind == "stdio":
        return _program_output(measured, reply, problem, case)
    mismatch = check(problem, case, judged_value(reply, problem, case))
    if mismatch is not None:
        return replace(measured, verdict=Verdict.WA, actual=shown_actual(reply, problem), message=mismatch.message,
                       hint=mismatch.hint, value=reply.value)
    return replace(measured, value=reply.value)


def rebuilt(reply: Reply) -> Reply:
    """The reply with its values re-derived by the judge (``judge.values.rebuild``)."""
    return dataclasses.replace(reply, value=values.rebuild(reply.value), arg_after=values.rebuild(reply.arg_after))


def _program_output(measured: Outcome, reply: Reply, problem: Problem, case: Case) -> Outcome:
    """A program's stdout, checked by the problem's output validator (the judge re-checks its size)."""
    output = reply.value
    if not isinstance(output, str):
        return replace(measured, verdict=Verdict.RE, message="malformed reply from the program's process")
    if len(output) > problem.output_kb * 1024:
        return replace(measured, verdict=Verdict.OLE, message=f"printed more than {problem.output_kb:,} KB")
    mismatch = stdio.check(problem, case, output)
    if mismatch is not None:
        return replace(measured, verdict=Verdict.WA, actual=output, message=mismatch.message, hint=mismatch.hint)
    return replace(measured, value=None)


def judged_value(reply: Reply, problem: Problem, case: Case) -> Any:
    """What the checker compares: the return value, or the argument for in-place problems."""
    index = problem.inplace_arg
    if index is not None:
        return {"arg_after": reply.arg_after, "returned": reply.value, "arg_before": case.args[index]}
    return reply.value


def shown_actual(reply: Reply, problem: Problem) -> Any:
    return reply.arg_after if problem.checker == "inplace" else reply.value


def check(problem: Problem, case: Case, actual: Any) -> Mismatch | None:
    """The problem's checker on ``actual``; for a stream, first that every call gave one output."""
    if problem.kind == "stream" and (type(actual) is not list or len(actual) != case.calls):
        got = f"{len(actual):,} outputs" if type(actual) is list else "no list of outputs"
        return Mismatch(f"{case.calls:,} calls of {problem.entry_names[0]}() were asked for, but {got} came back")
    steps = case.args if problem.kind == "object" else None  # so a message can name the step
    return checkers.get(problem.checker).check(case.expected, actual, config=problem.checker_options, steps=steps)
