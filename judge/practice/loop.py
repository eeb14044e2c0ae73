"""The practice loop: a countdown, and a judgment every time the user saves.

One clock runs over a list of tasks (one problem, or an interview set in order).
For each task the solution file is created from the stub if it is not there, the
statement is shown, and the file is watched; on every save the samples are judged
first (their verdict shows at once) and, if they pass, every case. A task ends on
Accepted (the next one starts), on time-out or on Ctrl-C (the session ends). A process
started with SIGINT ignored (a background job of a shell without job control) cannot
be stopped by Ctrl-C, and the first lines say so and what does stop it (``stop_hint``).
Each try is recorded as an attempt (source "practice"), and each task's end as a
session row (see ``judge.practice.history``).

The clock, the watcher and the judge are parameters, so tests drive the loop with a
fake clock and scripted saves in milliseconds.
"""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from judge.judging.runner import RunOptions, judge_file
from judge.practice.display import Display, Status, format_duration
from judge.practice.history import History, Session, attempt_from_result, now_utc
from judge.practice.watch import PollingWatcher
from judge.problems.authoring import create_from_stub
from judge.problems.problem import Problem
from judge.verdict import JudgeResult, Verdict

Clock = Callable[[], float]
Judge = Callable[[Problem, Path, RunOptions], JudgeResult]
Watch = Callable[[Path], Iterable[str]]


@dataclass(frozen=True)
class Task:
    """One problem to solve, and the file the user solves it in."""

    problem: Problem
    solution: Path


@dataclass(frozen=True)
class TaskOutcome:
    """How one task ended: "accepted", "timeout" or "stopped"; seconds spent; tries made."""

    problem: str
    outcome: str
    seconds: float
    tries: int
    last_verdict: Verdict | None


@dataclass(frozen=True)
class PracticeResult:
    """The whole session: the tasks reached, in order, and the time used."""

    outcomes: tuple[TaskOutcome, ...]
    planned: tuple[str, ...]
    seconds: float
    limit_s: float

    @property
    def all_accepted(self) -> bool:
        return len(self.outcomes) == len(self.planned) and all(o.outcome == "accepted" for o in self.outcomes)

    @property
    def ended(self) -> str:
        """"accepted" when every task was; else how the last task reached ended."""
        if self.all_accepted:
            return "accepted"
        return self.outcomes[-1].outcome if self.outcomes else "stopped"


class Practice:
    """Runs tasks in sequence under one clock of ``limit_s`` seconds."""

    def __init__(self, tasks: list[Task], limit_s: float, display: Display, *,
                 options: RunOptions = RunOptions(), judge: Judge = judge_file, clock: Clock = time.monotonic,
                 watch: Watch = PollingWatcher, history: History | None = None, set_name: str | None = None,
                 lang: str = "en") -> None:
        self.tasks = tasks
        self.limit_s = limit_s
        self.display = display
        self.options = options
        self.judge = judge
        self.clock = clock
        self.watch = watch
        self.history = history
        self.set_name = set_name
        self.lang = lang
        self._stop = ""  # how the session can be stopped (stop_hint), decided when it starts

    def run(self) -> PracticeResult:
        self._stop = stop_hint(len(self.tasks))
        start = self.clock()
        deadline = start + self.limit_s
        outcomes: list[TaskOutcome] = []
        try:
            for number, task in enumerate(self.tasks, 1):
                outcome = self._task(task, number, deadline)
                outcomes.append(outcome)
                if outcome.outcome != "accepted":
                    break
        finally:
            self.display.close()
        used = min(self.clock(), deadline) - start
        return PracticeResult(tuple(outcomes), tuple(t.problem.slug for t in self.tasks), used, self.limit_s)

    def _task(self, task: Task, number: int, deadline: float) -> TaskOutcome:
        slug = task.problem.slug
        started_at, begun = now_utc(), self.clock()
        self._introduce(task, number, create_from_stub(task.problem.stub, task.solution))
        events: Iterator[str] = iter(self.watch(task.solution))
        tries, last, ended, ended_at = 0, None, "stopped", None
        try:
            while True:
                now = self.clock()
                if now >= deadline:
                    ended, ended_at = "timeout", deadline
                    break
                self.display.status(Status(deadline - now, slug, tries, last.title if last else None))
                event = next(events, None)
                if event is None:  # the watcher gave up: nothing more will be judged
                    break
                if event != "changed":
                    continue
                saved = self.clock()
                if saved >= deadline:
                    ended, ended_at = "timeout", deadline
                    break
                tries += 1
                result = self._try(task, tries, saved - begun, deadline)
                last = result.verdict
                if result.accepted:
                    ended, ended_at = "accepted", saved
                    break
        except KeyboardInterrupt:
            self.display.line()
            self.display.line("stopped (Ctrl-C)")
        seconds = (ended_at if ended_at is not None else min(self.clock(), deadline)) - begun
        if self.history is not None:
            self.history.add_session(Session(slug, self.set_name, started_at, ended, round(seconds, 3), tries,
                                             last.value if last else None))
        return TaskOutcome(slug, ended, seconds, tries, last)

    def _introduce(self, task: Task, number: int, created: bool) -> None:
        problem = task.problem
        where = f" ({number}/{len(self.tasks)})" if len(self.tasks) > 1 else ""
        title = problem.title_zh if self.lang == "zh" else problem.title
        self.display.line(f"== {problem.slug}{where}: {title} [{problem.difficulty}] ==")
        self.display.line(problem.statement(self.lang).rstrip())
        self.display.line("")
        kept = "created from the stub" if created else "your existing file, kept as it is"
        self.display.line(f"Solve it in {task.solution} ({kept}). Every save is judged; {self._stop}")

    def _try(self, task: Task, tries: int, elapsed: float, deadline: float) -> JudgeResult:
        """Judge the samples, then (if they pass) everything; show both; record the try."""
        problem, path = task.problem, task.solution
        self._note(task, tries, deadline, "judging the samples...")
        result = self.judge(problem, path, replace(self.options, samples_only=True, fuzz=False))
        self.display.line(f"try {tries} at {format_duration(elapsed)}: samples: {_verdict_text(result)}")
        if result.accepted:
            self._note(task, tries, deadline, "samples passed; judging all cases...")
            result = self.judge(problem, path, replace(self.options, samples_only=False))
            self.display.line(f"try {tries}: all cases: {_verdict_text(result)}")
        if not result.accepted:
            for line in _failure_lines(result):
                self.display.line(line)
        if self.history is not None:
            self.history.add_attempt(attempt_from_result(result, path, source="practice",
                                                         solve_seconds=round(elapsed, 3), tries=tries))
        return result

    def _note(self, task: Task, tries: int, deadline: float, note: str) -> None:
        self.display.status(Status(deadline - self.clock(), task.problem.slug, tries, note=note))


def stop_hint(tasks: int) -> str:
    """How this session can be stopped, as the process's signal dispositions make true.

    Python turns SIGINT into KeyboardInterrupt (a task ends "stopped") only when SIGINT was
    not ignored at start; a background job of a shell without job control starts with it
    ignored, and Ctrl-C then does nothing. What is left then is Accepted, the clock, or a
    SIGTERM, which (nothing here handles it) ends the process at once, with no summary."""
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        return "Ctrl-C stops."
    accepted = "on Accepted" if tasks == 1 else "when the last problem is Accepted"
    hint = f"Ctrl-C is ignored (this process started with SIGINT ignored), so practice ends {accepted} or when time is up"
    if signal.getsignal(signal.SIGTERM) is signal.SIG_IGN:
        return hint + "."
    return hint + f"; `kill {os.getpid()}` ends it at once, without a summary."


def _verdict_text(result: JudgeResult) -> str:
    from judge.report.text import verdict_label

    return f"{verdict_label(result.verdict)} [{result.passed}/{result.total}]"


def _failure_lines(result: JudgeResult) -> list[str]:
    from judge.report.text import failing_lines

    lines = [f"  {result.message}"] if result.message else []
    if result.failing_case is not None:
        lines += [line for line in failing_lines(result.failing_case, result.verdict) if line]
    return lines


def summary_lines(result: PracticeResult) -> list[str]:
    """What the user reads when the session ends: how long, how many tries, per problem."""
    lines = []
    for outcome in result.outcomes:
        tries = f"{outcome.tries} {'try' if outcome.tries == 1 else 'tries'}"
        if outcome.outcome == "accepted":
            lines.append(f"Accepted {outcome.problem} in {format_duration(outcome.seconds)} after {tries}.")
            continue
        last = f", last verdict {outcome.last_verdict.title}" if outcome.last_verdict else ""
        why = "Time is up" if outcome.outcome == "timeout" else "Stopped"
        lines.append(f"{why} after {format_duration(outcome.seconds)} on {outcome.problem}: "
                     f"not accepted, {tries}{last}.")
    for slug in result.planned[len(result.outcomes):]:
        lines.append(f"Not reached: {slug}.")
    if len(result.planned) > 1:
        solved = sum(o.outcome == "accepted" for o in result.outcomes)
        lines.append(f"{solved} of {len(result.planned)} solved in {format_duration(result.seconds)} "
                     f"(clock: {format_duration(result.limit_s)}).")
    return lines
