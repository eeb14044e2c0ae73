"""Grade a whole class: find the submissions, judge each as ``judge run`` does, in parallel.

Layout of the SUBMISSIONS folder given to ``judge grade``:

    SUBMISSIONS/<submitter>/<file>.py   one folder per submitter
    SUBMISSIONS/<file>.py               files directly inside: one submitter named after the folder

Only those two levels are read; names starting with "." or "_" (``__pycache__``,
``__init__.py``) are ignored. Each file is read once, as content, and a symbolic link
leading out of SUBMISSIONS (to the judge's own reference, say) is refused as a
Compile Error with the reason (``judge.grading.files``). A file's name says which problem it solves (see
``match_file``); a file naming no problem is reported as unmatched in every output.

Submissions are judged ``jobs`` at a time, each in a worker process forked from
the grader (see ``grade``). A fault of the judge on one submission becomes an IE
record with the message: one bad submission never stops a class.
"""

from __future__ import annotations

import multiprocessing
import os
import re
import signal
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from judge import untrusted
from judge.errors import JudgeError, UsageError
from judge.grading import files
from judge.grading.gradebook import Graded, Unmatched
from judge.problems.catalog import Catalog
from judge.verdict import Verdict

DEFAULT_SEED = 0  # a fixed fuzzing seed: regrading the same class gives the same verdicts

# "0076-minimum-window-substring", "76.minimum-window-substring" (leetcode-cli), "lc_76", "76_v2"
_LEADING_NUMBER = re.compile(r"^(?:lc|leetcode)?[-_. ]*(\d+)(?:[-_. ]+(.*))?$", re.IGNORECASE)
# "add_two_v2", "minimum-window-substring-final", "76_2": a version tag after the name
_VERSION_SUFFIX = re.compile(r"^(.+?)[-_. ]+(?:v\d+|\d+|final|draft|old|new|copy|fixed|sol|solution)$",
                             re.IGNORECASE)


@dataclass(frozen=True)
class Submission:
    """One file to judge: who wrote it, where it is, and the problem its name names."""

    submitter: str
    path: Path
    problem: str
    root: Path | None = None  # the submissions folder: links may not lead out of it


    @property
    def file(self) -> str:
        """The file's name as text that any report can encode (a name that is not UTF-8 keeps its bytes as escapes)."""
        return untrusted.escape_surrogates(self.path.name)

    @property
    def key(self) -> str:
        return f"{self.submitter}/{self.file}"


@dataclass(frozen=True)
class GradeOptions:
    """How to judge every submission; ``sandbox`` is already resolved to bwrap or process."""

    jobs: int = 1
    sandbox: str = "process"
    seed: int = DEFAULT_SEED
    fuzz: bool = True

    def recorded(self) -> dict[str, object]:
        """The options that change verdicts: a resumed run or a merged shard must share them."""
        return {"seed": self.seed, "fuzz": self.fuzz, "sandbox": self.sandbox}


def discover(root: Path, catalog: Catalog) -> tuple[list[Submission], list[Unmatched]]:
    """Every .py file of the class, matched to a problem or reported as unmatched."""
    if not root.is_dir():
        raise UsageError(f"submissions folder {str(root)!r} does not exist")
    files = [(root.resolve().name, p) for p in _python_files(root)]
    for folder in sorted(p for p in root.iterdir() if p.is_dir() and _visible(p)):
        files += [(folder.name, p) for p in _python_files(folder)]
    if not files:
        raise UsageError(f"no .py files in {root} or its sub-folders; expected SUBMISSIONS/<submitter>/<problem>.py")
    submissions, unmatched = [], []
    for folder_name, path in files:
        submitter = untrusted.escape_surrogates(folder_name)  # a folder name that is not UTF-8 must not stop the log
        slug, reason = match_file(catalog, path.stem)
        if slug is None:
            unmatched.append(Unmatched(submitter, untrusted.escape_surrogates(path.name), untrusted.escape_surrogates(reason)))
        else:
            submissions.append(Submission(submitter, path, slug, root))
    return submissions, unmatched


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.py") if p.is_file() and _visible(p))


def _visible(path: Path) -> bool:
    return not path.name.startswith((".", "_"))


def match_file(catalog: Catalog, stem: str) -> tuple[str | None, str]:
    """The problem a file name names, as (slug, "") or (None, why not).

    Tried in order: the name as ``judge run`` takes it (slug, snake_case slug,
    LeetCode number, unambiguous prefix); a leading number with a name after it
    (``0076-minimum-window-substring``, ``76.minimum-window-substring``, ``76_v2``),
    which must not contradict each other; and the name without a version tag at
    its end (``_v2``, ``-final``, ``_2``, ``_copy``).
    """
    found = _match_name(catalog, stem)
    if found is not None:
        return found, ""
    leading = _LEADING_NUMBER.match(stem)
    if leading:
        by_number = catalog.match(leading.group(1))
        by_name = _match_name(catalog, leading.group(2)) if leading.group(2) else None
        if by_number and by_name and by_number != by_name:
            return None, f"the name says two problems: {leading.group(1)} is {by_number}, " \
                         f"{leading.group(2)!r} is {by_name}; rename the file"
        if by_number or by_name:
            return by_number or by_name, ""
    return None, f"{stem!r} names no problem; name the file <slug>.py, <slug_in_snake_case>.py or " \
                 f"<LeetCode number>.py (judge list shows the problems)"


def _match_name(catalog: Catalog, name: str) -> str | None:
    while True:
        found = catalog.match(name)
        if found is not None:
            return found
        tagged = _VERSION_SUFFIX.match(name)
        if tagged is None:
            return None
        name = tagged.group(1)


def parse_shard(text: str) -> tuple[int, int]:
    """``"K/N"`` (1 <= K <= N) as a pair, or UsageError."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*(\d+)\s*", text)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise UsageError(f"--shard {text!r} must be K/N with 1 <= K <= N, e.g. --shard 2/4")
    return int(match.group(1)), int(match.group(2))


def in_shard(key: str, shard: tuple[int, int] | None) -> bool:
    """Whether ``submitter/file`` belongs to shard K of N: a stable hash, the same on every machine."""
    if shard is None:
        return True
    index, total = shard
    return zlib.crc32(key.encode("utf-8")) % total == index - 1


def grade(submissions: Iterable[Submission], catalog: Catalog, options: GradeOptions,
          on_result: Callable[[Graded], None]) -> list[Graded]:
    """Judge every submission, ``options.jobs`` at a time; ``on_result`` sees each as it finishes.

    Each submission is judged in a worker process of its own, forked from this one
    once the references are timed (so every worker inherits the same time limits),
    and ``on_result`` runs here, in the order judgings finish: it is the only writer
    of the results file. Why processes, not threads: fuzzing runs Hypothesis and
    the reference in the judging process, so threads contend for one GIL (measured
    on 30 submissions of the real problems, 2 cores: -j 2 was 1.42x as fast as -j 1
    with threads, 2.0x with processes). A worker that dies costs only its own
    submission, which becomes IE.
    """
    todo = deque(submissions)
    _prepare(catalog, {s.problem for s in todo}, options)
    context = multiprocessing.get_context("fork")
    running: dict[Any, tuple[Submission, BaseProcess, float]] = {}
    done: list[Graded] = []
    try:
        while todo or running:
            while todo and len(running) < options.jobs:
                submission = todo.popleft()
                reader, writer = context.Pipe(duplex=False)
                sys.stdout.flush()  # a forked worker must not write this process's buffered output again
                sys.stderr.flush()
                worker = context.Process(target=_work, args=(catalog, submission, options, writer), daemon=True)
                worker.start()
                writer.close()
                running[reader] = (submission, worker, time.monotonic())
            for ready in wait(list(running)):
                finished, process, start = running.pop(ready)
                graded = _collect(ready, process, finished, options, start)
                on_result(graded)
                done.append(graded)
    finally:
        # On Ctrl-C (or any error here) stop the workers still judging; their sandboxes die with them.
        for pipe, (_, unfinished, _) in running.items():
            unfinished.terminate()
            unfinished.join()
            pipe.close()
    return done


def _work(catalog: Catalog, submission: Submission, options: GradeOptions, writer: Connection) -> None:
    """The worker process: judge one submission, send back its record as plain data."""
    _die_with_parent()
    try:
        writer.send(judge_submission(catalog, submission, options).to_dict())
    except KeyboardInterrupt:  # Ctrl-C reaches every worker; the grader reports it once
        pass
    writer.close()


def _collect(reader: Any, worker: BaseProcess, submission: Submission, options: GradeOptions,
             start: float) -> Graded:
    try:
        data = reader.recv()
    except (EOFError, OSError):
        data = None
    finally:
        reader.close()
        worker.join()
    if data is not None:
        return Graded.from_dict(data)
    return Graded(submission.submitter, submission.problem, submission.file, Verdict.IE,
                  message=f"the judge failed on this submission: its worker process died "
                          f"(exit status {worker.exitcode}) before reporting a verdict",
                  sandbox=options.sandbox, wall_s=round(time.monotonic() - start, 3))


def _die_with_parent() -> None:
    """Linux: the worker gets SIGKILL if the grader dies (a killed CI job leaves no judging behind)."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - elsewhere, workers end when their result pipe closes
        pass


def judge_submission(catalog: Catalog, submission: Submission, options: GradeOptions) -> Graded:
    """Judge one file as ``judge run --seed S`` would; any fault of the judge becomes an IE record.
    The record holds no lone surrogate (judge.untrusted): the results log and every report can write it."""
    return untrusted.cleaned(_judge_submission(catalog, submission, options))


def _judge_submission(catalog: Catalog, submission: Submission, options: GradeOptions) -> Graded:
    from judge.judging.runner import RunOptions, judge_file

    start = time.monotonic()
    try:
        problem = catalog.load(submission.problem)
        try:  # read once, as content; a link out of the folder is refused (judge.grading.files)
            data = files.read_once(submission.root or submission.path.parent, submission.path,
                                   [source.path for source in catalog.sources])
        except files.Refused as refused:
            return Graded(submission.submitter, submission.problem, submission.file, Verdict.CE,
                          message=str(refused), sandbox=options.sandbox, wall_s=round(time.monotonic() - start, 3))
        with files.private_copy(submission.file, data, submission.submitter) as copy:
            # One timed call per case, as judge run: the judge reads the whole child's CPU time.
            result = judge_file(problem, copy, RunOptions(sandbox=options.sandbox, fuzz=options.fuzz,
                                                          seed=options.seed))
        hidden = frozenset(case.name for case in problem.all_cases()) - {case.name for case in problem.samples}
        graded = Graded.from_result(submission.submitter, submission.file, result, time.monotonic() - start, hidden)
        return files.renamed(graded, str(copy), os.path.abspath(submission.path))
    except Exception as exc:  # noqa: BLE001 - the point: one submission's fault must not stop the class
        text = str(exc) if isinstance(exc, JudgeError) else f"{type(exc).__name__}: {exc}"
        return Graded(submission.submitter, submission.problem, submission.file, Verdict.IE,
                      message=f"the judge failed on this submission: {text}", sandbox=options.sandbox,
                      wall_s=round(time.monotonic() - start, 3))


def _prepare(catalog: Catalog, slugs: set[str], options: GradeOptions) -> None:
    """Everything the workers share, done once here before they are forked.

    Each problem's reference is timed once (a Kattis package's limit is found once):
    time limits derive from these figures,
    measured on a quiet machine they are the ones ``judge run`` gets, and every
    worker inherits them. A problem whose reference fails is left to
    ``judge_submission``, which turns it into IE. When fuzzing, the generated inputs
    for the fixed seed and the reference's answers to them are made here too
    (``fuzz.prepare``, ``judging.fuzz_cache``): every submission of a problem meets the
    same ones, so no worker pays for Hypothesis or the reference again.
    """
    from judge.judging import reference
    from judge.problems.kattis import timelimit
    from judge.problems.kattis.problem import KattisProblem

    for slug in sorted(slugs):
        try:
            problem = catalog.load(slug)
            if isinstance(problem, KattisProblem):  # one limit per package, maybe measured
                timelimit.time_limit(problem)
            else:
                reference.reference_times(problem)
            if options.fuzz and problem.kind in ("call", "object"):
                from judge.judging import fuzz

                fuzz.prepare(problem, fuzz.DEFAULT_EXAMPLES, options.seed)
        except Exception:  # noqa: BLE001 - reported per submission as IE
            pass
    if options.fuzz and slugs:
        import hypothesis  # noqa: F401

        from judge.judging import fuzz  # noqa: F401
