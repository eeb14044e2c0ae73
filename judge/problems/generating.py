"""Helpers for a problem's ``generate.py``: the script that writes ``data/secret/*.jsonl``.

Every generate.py does the same few things: seed a random generator, build inputs
(random strings over an alphabet, lists of numbers), check each against the
problem's ``validator.py``, compute its expected value with ``reference.py``, and
write named cases as JSON lines, the same bytes on every run. This module does them
the way the judge itself runs the reference (through the harness, in this process),
so an expected value is exactly what the judge would compute. A generate.py reads:

    from judge.problems.generating import CaseBuilder, LOWER, random_string, seeded, write_cases

    HERE = Path(__file__).resolve().parent
    build = CaseBuilder(HERE)
    rng = seeded("my-problem/random")
    write_cases(HERE / "data" / "secret" / "02-random.jsonl",
                [build.case(f"random-{i:02d}", [random_string(rng, LOWER, 20)]) for i in range(30)])

Case files: one JSON object per line, compact (``{"name":..,"args":[..],"expected":..}``),
non-ASCII characters written as themselves; see docs/problem-format.md.
"""

from __future__ import annotations

import importlib.util
import json
import random
import string
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

from judge import values
from judge.errors import ProblemError
from judge.judging.fuzz import ReferenceRunner  # the harness, in this process, as fuzzing uses it
from judge.problems.problem import Case, load_problem

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
LETTERS = string.ascii_letters
DIGITS = string.digits
PRINTABLE = "".join(chr(c) for c in range(32, 127))  # printable ASCII, space to '~' (95 characters)


def seeded(seed: int | str) -> random.Random:
    """A generator of its own for one group of cases; the same seed gives the same cases everywhere.

    A string seed (``"two-sum/random"``) is hashed by ``random`` with SHA-512, so it does
    not depend on PYTHONHASHSEED; give each group its own seed, so that adding cases to
    one group does not change the others.
    """
    return random.Random(seed)


def random_string(rng: random.Random, alphabet: str, length: int) -> str:
    """``length`` characters drawn independently and uniformly from ``alphabet``."""
    if not alphabet:
        raise ValueError("random_string needs a non-empty alphabet")
    return "".join(rng.choice(alphabet) for _ in range(length))


def random_ints(rng: random.Random, low: int, high: int, length: int) -> list[int]:
    """``length`` integers drawn uniformly from ``low..high`` (both included)."""
    return [rng.randint(low, high) for _ in range(length)]


def load_module(folder: Path, name: str) -> ModuleType:
    """Import ``folder/name.py`` by path (a problem folder is not a package), e.g. its validator."""
    path = folder / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"problem_{folder.name.replace('-', '_')}_{name}", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise ProblemError(f"{path}: missing; generate.py needs it")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CaseBuilder:
    """Builds a problem's cases: validated by its validator, expected values from its reference."""

    def __init__(self, folder: Path) -> None:
        self.problem = load_problem(Path(folder).resolve())
        self.validate = load_module(self.problem.root, "validator").validate
        self._reference = ReferenceRunner(self.problem)

    def case(self, name: str, args: list[Any], **extra: Any) -> dict[str, Any]:
        """A named case: ``args`` checked by the validator, ``expected`` computed by the reference.

        ``extra`` adds keys as they are (``seed`` and ``calls`` for a stream problem,
        whose cases have no expected value).
        """
        args = json.loads(json.dumps(args))  # what the case file will hold: tuples become lists
        try:
            self.validate(args)
        except (ValueError, AssertionError, TypeError) as exc:
            raise ProblemError(f"case {name!r} breaks the constraints (validator.py): {exc}") from exc
        if self.problem.kind == "stream":
            return {"name": name, "args": args, **extra}
        case = Case(name=name, group="generate", args=args, expected=None, where=f"generate.py case {name!r}")
        try:
            expected = self._reference.expected(case)
        except ProblemError as exc:
            raise ProblemError(f"case {name!r}: {exc}") from exc
        return {"name": name, "args": args, "expected": values.plain(expected), **extra}

    def sample_args(self) -> list[list[Any]]:
        """The argument lists of ``data/sample.jsonl``, in order (a starting point for the edge cases)."""
        return [case.args for case in self.problem.samples]


def write_cases(path: Path, cases: Iterable[dict[str, Any]]) -> None:
    """Write ``cases`` to ``path`` as JSON lines, refusing what the judge would refuse.

    Every case needs a name, unique in the file (reports and ``judge check`` name
    failures by it), and ``args``; an empty file would not load, so it is refused too.
    """
    cases = list(cases)
    if not cases:
        raise ProblemError(f"{path}: no cases to write (a case file needs at least one)")
    seen: set[str] = set()
    for number, case in enumerate(cases, 1):
        name = case.get("name")
        if not isinstance(name, str) or not name:
            raise ProblemError(f"{path}: case {number} has no name; give every case a short name")
        if name in seen:
            raise ProblemError(f"{path}: two cases are named {name!r}; names must be unique in a file")
        if not isinstance(case.get("args"), list):
            raise ProblemError(f"{path}: case {name!r} needs \"args\", a list of arguments")
        seen.add(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


__all__ = ["DIGITS", "LETTERS", "LOWER", "PRINTABLE", "UPPER", "CaseBuilder", "load_module", "random_ints",
           "random_string", "seeded", "write_cases"]
