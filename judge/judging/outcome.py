"""Turn what came back from the child for one case into a verdict and the details a user needs.

This is where the judge's process decides: the child only reports, so a solution
that exits early, floods its output, forges a reply or lies in ``__eq__`` cannot
talk its way to Accepted.
"""

from __future__ import annotations

import signal
from dataclasses import dataclass, replace
from typing import Any

from judge import checkers, values
from judge.checkers.base import Mismatch
from judge.judging import stdio
from judge.problems.problem import Case, Problem
from judge.sandbox.child import Exchange
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
    return from_reply(exchange.reply, problem, case, limit_s)


def time_limit_message(limit_s: float) -> str:
    """The one wording of a Time Limit Exceeded, however it was seen (killed at the CPU or wall-clock cap,
    or a reply that came too late), so two runs of the same file read the same."""
    return f"exceeded the time limit of {limit_s:.1f} s"


def from_crash(exchange: Exchange, limit_s: float) -> Outcome:
    """No reply came: the child was killed, died, or broke the channel."""
    if exchange.timed_out:
        return Outcome(Verdict.TLE, (limit_s,), message=time_limit_message(limit_s))
    if exchange.output_exceeded:
        return Outcome(Verdict.OLE, message=f"printed more than the output limit ({exchange.output_bytes:,} bytes so far)")
    if exchange.memory_exceeded:
        return Outcome(Verdict.MLE, message="used more memory than the limit")
    if exchange.frame_exceeded:
        return Outcome(Verdict.OLE, message="returned a value too large to send back")
    if exchange.corrupt:
        return Outcome(Verdict.RE, message=exchange.corrupt)
    sig = exchange.signal
    if sig == signal.SIGXCPU or (sig == signal.SIGKILL and exchange.wall_s >= limit_s):
        return Outcome(Verdict.TLE, (limit_s,), message=time_limit_message(limit_s))
    if "MemoryError" in exchange.stderr:
        return Outcome(Verdict.MLE, message="ran out of memory")
    if sig is not None:
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        what = "Segmentation fault" if sig == signal.SIGSEGV else "killed"
        return Outcome(Verdict.RE, message=f"{what} (signal {name})", traceback=exchange.stderr[-4000:] or None)
    status = exchange.exit_status
    return Outcome(Verdict.RE, message=f"the process exited with status {status} before returning a result "
                   "(exit(), os._exit() or a crash)", traceback=exchange.stderr[-4000:] or None)


def from_reply(reply: dict[str, Any], problem: Problem, case: Case, limit_s: float) -> Outcome:
    """A reply came: apply the time and memory limits, then the checker."""
    status = reply.get("status")
    cpu = tuple(float(t) for t in reply.get("cpu_s", [0.0]))
    memory = int(reply.get("maxrss_kb", 0))
    measured = Outcome(Verdict.AC, cpu_s=cpu, memory_kb=memory, stdout=str(reply.get("stdout", "")))
    if status == "memory":
        return replace(measured, verdict=Verdict.MLE, message="MemoryError: the solution ran out of memory")
    if status == "exception":
        return replace(measured, verdict=Verdict.RE, message=f"{reply.get('exc_type')}: {reply.get('message')}",
                       traceback=reply.get("traceback"))
    if status in ("exit", "too_large"):
        return replace(measured, verdict=Verdict.RE if status == "exit" else Verdict.OLE, message=str(reply.get("message")))
    if status != "ok":
        return replace(measured, verdict=Verdict.RE, message=f"unexpected reply from the solution's process: {status!r}")
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
                       hint=mismatch.hint, value=reply.get("value"))
    return replace(measured, value=reply.get("value"), source_calls=reply.get("source_calls"))


def rebuilt(reply: dict[str, Any]) -> dict[str, Any]:
    """The reply with its values re-derived by the judge (``judge.values.rebuild``)."""
    found = dict(reply)
    for key in ("value", "arg_after"):
        if key in found:
            found[key] = values.rebuild(found[key])
    return found


def _program_output(measured: Outcome, reply: dict[str, Any], problem: Problem, case: Case) -> Outcome:
    """A program's stdout, checked by the problem's output validator (the judge re-checks its size)."""
    output = reply.get("value")
    if not isinstance(output, str):
        return replace(measured, verdict=Verdict.RE, message="malformed reply from the program's process")
    if len(output) > problem.output_kb * 1024:
        return replace(measured, verdict=Verdict.OLE, message=f"printed more than {problem.output_kb:,} KB")
    mismatch = stdio.check(problem, case, output)
    if mismatch is not None:
        return replace(measured, verdict=Verdict.WA, actual=output, message=mismatch.message, hint=mismatch.hint)
    return replace(measured, value=None)


def judged_value(reply: dict[str, Any], problem: Problem, case: Case) -> Any:
    """What the checker compares: the return value, or the argument for in-place problems."""
    index = problem.inplace_arg
    if index is not None:
        return {"arg_after": reply.get("arg_after"), "returned": reply.get("value"), "arg_before": case.args[index]}
    return reply.get("value")


def shown_actual(reply: dict[str, Any], problem: Problem) -> Any:
    return reply.get("arg_after") if problem.checker == "inplace" else reply.get("value")


def check(problem: Problem, case: Case, actual: Any) -> Mismatch | None:
    """The problem's checker on ``actual``; for a stream, first that every call gave one output."""
    if problem.kind == "stream" and (type(actual) is not list or len(actual) != case.calls):
        got = f"{len(actual):,} outputs" if type(actual) is list else "no list of outputs"
        return Mismatch(f"{case.calls:,} calls of {problem.entry_names[0]}() were asked for, but {got} came back")
    steps = case.args if problem.kind == "object" else None  # so a message can name the step
    return checkers.get(problem.checker).check(case.expected, actual, config=problem.checker_options, steps=steps)
