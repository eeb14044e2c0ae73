"""Find the problems folder, list its problems, and resolve what a user calls a problem.

A user may name a problem by slug (``minimum-window-substring``), by snake_case slug
(``minimum_window_substring``, as file names often are), by LeetCode number (``76``)
or by an unambiguous prefix (``minimum``). Anything else gets the closest matches.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from pathlib import Path

from judge.errors import UnknownProblemError, UsageError
from judge.problems.problem import Problem, load_problem

ENV_PROBLEMS = "JUDGE_PROBLEMS"


def problems_root(explicit: str | Path | None = None) -> Path:
    """``--problems``, else $JUDGE_PROBLEMS, else ./problems up from the cwd, else the repository's."""
    if explicit is None:
        explicit = os.environ.get(ENV_PROBLEMS) or None
    if explicit is not None:
        root = Path(explicit)
        if not root.is_dir():
            raise UsageError(f"problems folder {str(root)!r} does not exist (set by --problems or ${ENV_PROBLEMS})")
        return root
    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / "problems"
        if candidate.is_dir() and any(candidate.glob("*/problem.toml")):
            return candidate
    bundled = Path(__file__).resolve().parents[2] / "problems"
    if bundled.is_dir():
        return bundled
    raise UsageError("no problems folder found; run inside the judge repository or pass --problems DIR")


class Catalog:
    """The problems under one root, loaded on demand."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._loaded: dict[str, Problem] = {}

    def slugs(self) -> list[str]:
        return sorted(p.parent.name for p in self.root.glob("*/problem.toml"))

    def load(self, slug: str) -> Problem:
        if slug not in self._loaded:
            self._loaded[slug] = load_problem(self.root / slug)
        return self._loaded[slug]

    def problems(self) -> list[Problem]:
        return [self.load(slug) for slug in self.slugs()]

    def resolve(self, name: str) -> Problem:
        """The problem ``name`` refers to, or UnknownProblemError with suggestions."""
        slug = self.match(name)
        if slug is None:
            raise UnknownProblemError(self._unknown_message(name))
        return self.load(slug)

    def match(self, name: str) -> str | None:
        """The slug ``name`` refers to, or None (used by the grader to classify file names)."""
        slugs = self.slugs()
        wanted = name.strip().lower().replace("_", "-")
        if wanted in slugs:
            return wanted
        number = wanted.removeprefix("lc").removeprefix("leetcode-")
        if number.isdigit():
            hits = [s for s in slugs if self._leetcode_number(s) == int(number)]
            return hits[0] if len(hits) == 1 else None
        prefixed = [s for s in slugs if s.startswith(wanted)]
        return prefixed[0] if len(prefixed) == 1 else None

    def _leetcode_number(self, slug: str) -> int | None:
        """Read just the LeetCode number, so one broken folder does not hide the others."""
        try:
            meta = tomllib.loads((self.root / slug / "problem.toml").read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError):
            return None
        number = meta.get("leetcode")
        return number if isinstance(number, int) else None

    def _unknown_message(self, name: str) -> str:
        slugs = self.slugs()
        wanted = name.strip().lower().replace("_", "-")
        prefixed = [s for s in slugs if s.startswith(wanted)]
        if len(prefixed) > 1:
            return f"problem {name!r} is ambiguous: it could be {', '.join(prefixed)} (judge list shows all)"
        close = difflib.get_close_matches(wanted, slugs, n=3, cutoff=0.5)
        if not close:
            close = [s for s in slugs if wanted and wanted in s][:3]
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        return f"unknown problem {name!r}{hint} (judge list shows all)"


def default_solution_path(problem: Problem, solutions_dir: Path | None = None) -> Path:
    """Where ``judge start`` puts a solution and ``judge run`` looks for it: solutions/<slug>.py."""
    folder = solutions_dir if solutions_dir is not None else Path("solutions")
    return folder / f"{problem.slug}.py"
