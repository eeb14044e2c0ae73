"""A problem's hints and its editorial (the write-up of the reference), in each language.

Files in the problem folder (docs/problem-format.md, "Hints and the editorial"):

    hints.en.md        # any title line
                       ## Hint 1          each level-2 heading starts one hint,
                       text ...           revealed in file order, one at a time
                       ## Hint 2
                       ...
    hints.zh.md        the same hints in Chinese (## 提示 1, ...), as many as in English
    editorial.en.md    the approach, why it is correct, time and space complexity, common mistakes
    editorial.zh.md    the same in Chinese

Both are optional for a problem; when present they are checked here, so the
commands that show them can trust what they get. English is the fallback language.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from judge.errors import ProblemError, UsageError

LANGUAGES = ("en", "zh")
FALLBACK = "en"


@dataclass(frozen=True)
class Hint:
    """One hint: its position (1-based), its heading as written, and its text."""

    number: int
    heading: str
    text: str


def hints_path(root: Path, lang: str = FALLBACK) -> Path:
    return root / f"hints.{_lang(lang)}.md"


def editorial_path(root: Path, lang: str = FALLBACK) -> Path:
    return root / f"editorial.{_lang(lang)}.md"


def has_hints(root: Path) -> bool:
    return hints_path(root).is_file()


def has_editorial(root: Path) -> bool:
    return editorial_path(root).is_file()


def read_hints(root: Path, lang: str = FALLBACK) -> tuple[Hint, ...]:
    """The hints in ``lang`` (English when that language has none), in the order to reveal them."""
    path = _existing(hints_path(root, lang), hints_path(root), "hints")
    hints = parse_hints(_read(path, "hints"), path)
    if path != hints_path(root) and hints_path(root).is_file():
        english = parse_hints(_read(hints_path(root), "hints"), hints_path(root))
        if len(english) != len(hints):
            raise ProblemError(f"{path}: {len(hints)} hint(s), but {hints_path(root).name} has {len(english)}; "
                               f"every language needs the same hints in the same order")
    return hints


def parse_hints(text: str, path: Path) -> tuple[Hint, ...]:
    """Split a hints file at its ``## `` headings; text before the first heading is a title, ignored."""
    hints: list[Hint] = []
    heading: str | None = None
    body: list[str] = []
    start = 0
    in_code = False
    for number, line in enumerate(text.splitlines() + ["## end"], 1):
        if line.lstrip().startswith("```"):
            in_code = not in_code
        if in_code or not line.startswith("## "):
            body.append(line)
            continue
        if heading is not None:
            content = "\n".join(body).strip()
            if not content:
                raise ProblemError(f"{path}:{start}: the hint {heading!r} has no text under its heading")
            hints.append(Hint(len(hints) + 1, heading, content))
        heading, body, start = line[3:].strip(), [], number
    if not hints:
        raise ProblemError(f"{path}: no hints found; start each hint with a level-2 heading such as '## Hint 1'")
    return tuple(hints)


def read_editorial(root: Path, lang: str = FALLBACK) -> str:
    """The editorial's Markdown in ``lang`` (English when that language has none)."""
    path = _existing(editorial_path(root, lang), editorial_path(root), "editorial")
    text = _read(path, "editorial").strip()
    if not text:
        raise ProblemError(f"{path}: the editorial is empty; write the approach, its correctness, "
                           f"its complexity and the common mistakes, or delete the file")
    return text + "\n"


def _existing(wanted: Path, fallback: Path, what: str) -> Path:
    if wanted.is_file():
        return wanted
    if fallback.is_file():
        return fallback
    raise ProblemError(f"{fallback}: missing; this problem has no {what} "
                       f"(see docs/problem-format.md, \"Hints and the editorial\")")


def _read(path: Path, what: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ProblemError(f"{path}: the {what} file is not UTF-8 text (byte {exc.start}); save it as UTF-8") from exc
    except OSError as exc:
        raise ProblemError(f"{path}: cannot read the {what} ({exc.strerror})") from exc


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise UsageError(f"no language {lang!r} for hints and editorials; use one of {', '.join(LANGUAGES)}")
    return lang


__all__ = ["Hint", "editorial_path", "has_editorial", "has_hints", "hints_path", "parse_hints",
           "read_editorial", "read_hints"]
