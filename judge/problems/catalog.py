"""Find the problem folders, list their problems, and resolve what a user calls a problem.

A user may name a problem by slug (``minimum-window-substring``), by snake_case slug
(``minimum_window_substring``, as file names often are), by LeetCode number (``76``)
or by an unambiguous prefix (``minimum``). Anything else gets the closest matches.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from judge.errors import UnknownProblemError, UsageError
from judge.problems.problem import Problem, load_problem

ENV_PROBLEMS = "JUDGE_PROBLEMS"
BUILT_IN = Path(__file__).resolve().parents[2] / "problems"


@dataclass(frozen=True)
class ProblemSource:
    """One folder of problem folders, and where the user told us about it (shown by ``judge list``)."""

    path: Path
    origin: str


def builtin_problems() -> Path | None:
    """The problems shipped with the judge: package data in a wheel, ``problems/`` in a clone."""
    packaged = Path(__file__).resolve().parents[1] / "builtin_problems"
    for candidate in (packaged, BUILT_IN):
        if candidate.is_dir() and any(candidate.glob("*/problem.toml")):
            return candidate
    return None


def problem_sources(explicit: Sequence[str | Path] = (), environ: Mapping[str, str] | None = None) -> list[ProblemSource]:
    """Where problems are searched, in order: each ``--problems DIR``, each folder of the
    ``$JUDGE_PROBLEMS`` path list, ``./problems`` (in this folder or a parent), then the
    built-in problems. A folder given explicitly must exist; the same folder counts once."""
    environ = os.environ if environ is None else environ
    sources = [ProblemSource(_existing(Path(d), "--problems"), "--problems") for d in explicit]
    for entry in (environ.get(ENV_PROBLEMS) or "").split(os.pathsep):
        if entry.strip():
            sources.append(ProblemSource(_existing(Path(entry), f"${ENV_PROBLEMS}"), f"${ENV_PROBLEMS}"))
    shipped = builtin_problems()
    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / "problems"
        if candidate.is_dir() and (any(candidate.glob("*/problem.toml")) or any(candidate.glob("*/problem.yaml"))):
            if shipped is None or candidate.resolve() != shipped.resolve():
                sources.append(ProblemSource(candidate, "./problems"))
            break
    if shipped is not None:
        sources.append(ProblemSource(shipped, "built-in"))
    unique: dict[Path, ProblemSource] = {}
    for source in sources:
        unique.setdefault(source.path.resolve(), source)
    if not unique:
        raise UsageError("no problems found: pass --problems DIR or set $JUDGE_PROBLEMS (the built-in problems are missing "
                         "from this installation; reinstall judge)")
    return list(unique.values())


def problems_root(explicit: str | Path | None = None) -> Path:
    """The first folder problems are searched in (see ``problem_sources``)."""
    return problem_sources([explicit] if explicit is not None else ()).__getitem__(0).path


def _existing(path: Path, origin: str) -> Path:
    if not path.is_dir():
        raise UsageError(f"problems folder {str(path)!r} does not exist (given by {origin})")
    return path


class Catalog:
    """The problems of one or more sources, loaded on demand; an earlier source's problem
    hides a later one's of the same slug."""

    def __init__(self, sources: Path | Sequence[ProblemSource]) -> None:
        if isinstance(sources, Path):
            sources = [ProblemSource(sources, str(sources))]
        self.sources = list(sources)
        self.root = self.sources[0].path  # where practice sets and new problems go by default
        self._loaded: dict[str, Problem] = {}
        self._where: dict[str, ProblemSource] = {}
        for source in reversed(self.sources):
            # problem.toml folders, and Kattis packages (a problem.yaml), read as they are
            for pattern in ("*/problem.yaml", "*/problem.toml"):
                for folder in source.path.glob(pattern):
                    self._where[folder.parent.name] = source

    def origin(self, slug: str) -> ProblemSource:
        """The source a problem comes from."""
        return self._where[slug]

    def slugs(self) -> list[str]:
        return sorted(self._where)

    def load(self, slug: str) -> Problem:
        if slug not in self._loaded:
            folder = self._where[slug].path / slug
            # kattis.package.is_package's test, made here so that a catalog of problem.toml folders
            # (judge list) does not import the Kattis reader (subprocess, tempfile, YAML).
            if (folder / "problem.yaml").is_file() and not (folder / "problem.toml").is_file():
                from judge.problems.kattis.problem import load_kattis_problem

                self._loaded[slug] = load_kattis_problem(folder)
            else:
                self._loaded[slug] = load_problem(folder)
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
        if name.strip() in slugs:  # exactly a folder's name (Kattis package names may hold "_")
            return name.strip()
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
            meta = tomllib.loads((self._where[slug].path / slug / "problem.toml").read_text(encoding="utf-8"))
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
        import difflib  # here: judge list loads this module and never needs it

        close = difflib.get_close_matches(wanted, slugs, n=3, cutoff=0.5)
        if not close:
            close = [s for s in slugs if wanted and wanted in s][:3]
        hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
        return f"unknown problem {name!r}{hint} (judge list shows all)"


def default_solution_path(problem: Problem, solutions_dir: Path | None = None) -> Path:
    """Where ``judge start`` puts a solution and ``judge run`` looks for it: solutions/<slug>.py."""
    folder = solutions_dir if solutions_dir is not None else Path("solutions")
    return folder / f"{problem.slug}.py"
