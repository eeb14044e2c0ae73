"""Loading a solution in its child, and the verdict on a load that failed (CE, RE, TLE, MLE)."""

from __future__ import annotations

from judge.judging import outcome
from judge.judging.options import IMPORT_CPU_S, import_limit_s, load_timeout
from judge.problems.problem import Problem
from judge.sandbox.child import Child, Exchange, LoadFailed
from judge.sandbox.protocol import Status
from judge.verdict import FailingCase, Verdict


def load(child: Child, problem: Problem) -> tuple[float, tuple[Verdict, str, FailingCase] | None]:
    """Load the solution in ``child`` under the import limit: (import CPU seconds, the failure if any)."""
    try:
        return child.load(problem, load_timeout(problem), import_limit_s(problem)).cpu_s, None
    except LoadFailed as failed:
        return failed.exchange.cpu_s, load_failure_of(failed.exchange, import_limit_s(problem))


def load_failure_of(exchange: Exchange, limit_s: float = IMPORT_CPU_S) -> tuple[Verdict, str, FailingCase]:
    """The verdict on a load that failed (``LoadFailed.exchange``): CE for a syntax error or no
    entry point; RE, TLE (past ``limit_s`` of CPU time) or MLE for a crash while importing."""
    reply = exchange.reply
    if reply is None:
        crash = outcome.from_crash(exchange, limit_s)
        text = f"while importing the solution: {crash.message}"
        return crash.verdict, text, FailingCase("import", {}, None, None, text, traceback=crash.traceback)
    if reply.status is Status.COMPILE:
        return Verdict.CE, reply.message, FailingCase("compile", {}, None, None, reply.message)
    during = reply.during or "import"
    verdict = Verdict.MLE if reply.status is Status.MEMORY else Verdict.RE
    text = f"while running {'the module' if during == 'import' else during}: " \
           f"{reply.exc_type}{': ' if reply.exc_type else ''}{reply.message}"
    return verdict, text, FailingCase("import", {}, None, None, text, stdout=reply.stdout, traceback=reply.traceback)
