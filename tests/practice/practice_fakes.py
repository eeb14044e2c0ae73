"""Fakes for the practice loop: a clock that moves only when told, scripted saves, a scripted judge.

The loop (judge.practice.loop.Practice) takes the clock, the watcher and the judge as
parameters; with these it runs a whole session in milliseconds and the same way
every time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click

from judge.practice.display import Status
from judge.problems.problem import Problem
from judge.judging.runner import RunOptions
from judge.verdict import JudgeResult, Verdict

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ADD_TWO = FIXTURES / "problems" / "add-two"


class FakeClock:
    """Monotonic seconds that advance only when the test (or a fake) says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class ScriptedWatch:
    """A watcher factory: the n-th watched file gets the n-th script of (seconds to wait, event)."""

    def __init__(self, clock: FakeClock, *scripts: list[tuple[float, str]]) -> None:
        self.clock = clock
        self.scripts = list(scripts)
        self.watched: list[Path] = []

    def __call__(self, path: Path) -> Iterator[str]:
        self.watched.append(path)
        script = self.scripts.pop(0)

        def events() -> Iterator[str]:
            for seconds, event in script:
                self.clock.advance(seconds)
                if event == "ctrl-c":
                    raise KeyboardInterrupt
                yield event

        return events()


def make_result(problem: str, verdict: Verdict, samples_only: bool) -> JudgeResult:
    total = 1 if samples_only else 4
    passed = total if verdict is Verdict.AC else 0
    return JudgeResult(problem=problem, solution="x.py", verdict=verdict, passed=passed, total=total,
                       time_ms=1.5, memory_kb=100, cases=(), sandbox="process",
                       message="" if verdict is Verdict.AC else f"{verdict.title} on a case")


@dataclass
class FakeJudge:
    """Returns the scripted verdicts: per try, (samples verdict, full verdict); judging takes ``cost`` seconds."""

    clock: FakeClock
    tries: list[tuple[Verdict, Verdict | None]]
    cost: float = 0.0
    calls: list[tuple[str, bool, bool]] = field(default_factory=list)

    def __call__(self, problem: Problem, path: Path, options: RunOptions) -> JudgeResult:
        self.calls.append((problem.slug, options.samples_only, options.fuzz))
        self.clock.advance(self.cost)
        samples, full = self.tries[0]
        if options.samples_only:
            if samples is not Verdict.AC:
                self.tries.pop(0)
            return make_result(problem.slug, samples, True)
        self.tries.pop(0)
        assert full is not None, "the full judge ran although the script says the samples fail"
        return make_result(problem.slug, full, False)


@dataclass
class RecordingDisplay:
    lines: list[str] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
    closed: bool = False

    def line(self, text: str = "") -> None:
        self.lines.append(click.unstyle(text))  # what a reader sees, without colour codes

    def status(self, status: Status) -> None:
        self.statuses.append(status)

    def close(self) -> None:
        self.closed = True

    def text(self) -> str:
        return "\n".join(self.lines)
