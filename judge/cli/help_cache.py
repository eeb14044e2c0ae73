"""``judge --help`` without importing Click: Click's own text, kept from the last time it was made.

Rendering the top-level help takes Click (a third of a bare ``python -c pass`` just
to import) and every command module (each command's one-line help is its
docstring), so it cost 4-5x a bare start-up. The text Click rendered is a function of
a few inputs only, and all of them go into the cache's key, compared in full:

- the source of every module of ``judge`` (commands, options, the COMMANDS map) and of
  Click itself: path, size and modification time of each ``.py`` file;
- the Python version, the program name, and what Click's width comes from:
  ``shutil.get_terminal_size()`` reads $COLUMNS, $LINES and the size of the terminal on
  stdout, so those three are in the key (shutil itself is not imported: it costs more
  than the rest of this module);
- the locale variables gettext reads (Click translates "Usage:", "Options:").

When the key matches, the text is written exactly as ``click.echo`` writes it (the text
and a newline); otherwise Click renders the help as usual and ``JudgeGroup.get_help``
stores it (``store``). A cache that cannot be read or written is simply not used.
tests/unit/test_help_cache.py checks that both paths print the same bytes.
"""

from __future__ import annotations

import os
import sys

_LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_HELP = (["--help"], ["-h"])


def _sources(folder: str) -> list[str]:
    """``path size mtime`` of every .py file under ``folder``, sorted."""
    found = []
    for parent, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".py"):
                path = os.path.join(parent, name)
                stat = os.stat(path)
                found.append(f"{path} {stat.st_size} {stat.st_mtime_ns}")
    return found


def _click_folder() -> str | None:
    """Where ``import click`` would find Click, without importing it."""
    for entry in sys.path:
        candidate = os.path.join(entry or os.getcwd(), "click")
        if os.path.isfile(os.path.join(candidate, "__init__.py")):
            return candidate
    return None


def _terminal() -> str:
    """The size of the terminal on stdout, as ``shutil.get_terminal_size`` asks for it."""
    try:
        return str(tuple(os.get_terminal_size(sys.__stdout__.fileno())))  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return "none"


def key(prog: str) -> str | None:
    """Everything the top-level help text depends on, as one string (None: no cache possible)."""
    import judge

    click_folder = _click_folder()
    if click_folder is None or judge.__file__ is None:
        return None
    parts = [f"prog {prog}", f"python {sys.version}", f"terminal {_terminal()}"]
    parts += [f"{name}={os.environ.get(name, '')}" for name in (*_LOCALE, "COLUMNS", "LINES")]
    parts += _sources(os.path.dirname(judge.__file__)) + _sources(click_folder)
    return "\x00".join(parts)


def _path(prog: str) -> str:
    from judge.paths import cache_dir

    return str(cache_dir() / "help" / f"{prog}.txt")


def answer(prog: str, argv: list[str]) -> bool:
    """Print the cached help and return True if ``argv`` asks for the top-level help and the
    cache holds it for exactly this key; False (nothing printed) otherwise."""
    if argv not in _HELP or f"_{prog.upper().replace('-', '_')}_COMPLETE" in os.environ:
        return False
    try:
        wanted = key(prog)
        with open(_path(prog), encoding="utf-8") as handle:
            stored_key, _, text = handle.read().partition("\n\x01\n")
    except (OSError, UnicodeDecodeError):
        return False
    if wanted is None or stored_key != wanted.replace("\n", " "):
        return False
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return True


def store(prog: str, text: str) -> None:
    """Keep ``text`` (Click's rendering of the top-level help) for ``answer``; best effort."""
    from click import formatting

    if formatting.FORCED_WIDTH is not None:  # set by tests only; not an input the key covers
        return
    try:
        wanted = key(prog)
        if wanted is None:
            return
        path = _path(prog)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(wanted.replace("\n", " ") + "\n\x01\n" + text)
        os.replace(partial, path)
    except OSError:
        pass
