"""``judge --help`` and ``judge list`` without importing Click: the text last printed, when nothing it depends on changed.

Rendering the top-level help takes Click (a third of a bare ``python -c pass`` just
to import) and every command module (each command's one-line help is its
docstring), so it cost 4-5x a bare start-up; ``judge list`` adds the catalog (every
``problem.toml``, validated). Each text is a function of a few inputs only, and all
of them go into its cache key, compared in full:

- the source of every module of ``judge`` (commands, options, the COMMANDS map) and of
  Click itself: path, size and modification time of each ``.py`` file;
- the Python version, the program name, and what the width comes from:
  ``shutil.get_terminal_size()`` reads $COLUMNS, $LINES and the size of the terminal on
  stdout, so those three are in the key (shutil itself is not imported: it costs more
  than the rest of this module);
- the locale variables gettext reads (Click translates "Usage:", "Options:");
- for ``list`` also the arguments (``--problems`` folders, ``--lang``), ``$JUDGE_PROBLEMS``,
  the working folder, and every folder problems may come from (each ``--problems`` and
  ``$JUDGE_PROBLEMS`` folder, ``problems/`` here and in each parent, the built-in
  problems): path, size and modification time of every file and folder in them down to
  a problem's ``data/`` and statement folders and their entries (a deeper folder's own
  modification time changes when a file is added to or removed from it). Adding,
  removing or editing a problem changes the key.

When the key matches, the text is written exactly as ``click.echo`` writes it (the text
and a newline); otherwise Click runs the command as usual and the command stores its
text (``store``). Only arguments of the simple forms ``answer`` recognises are ever
served; anything else goes to Click. A cache that cannot be read or written is simply
not used. tests/unit/test_help_cache.py checks that both paths print the same bytes.
"""

from __future__ import annotations

import os
import sys

_LOCALE = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_HELP = (["--help"], ["-h"])
_LANGS = ("en", "zh")


def _sources(folder: str, suffix: str = ".py", depth: int | None = None) -> list[str]:
    """``path size mtime`` of every file ending in ``suffix`` under ``folder`` (and, when
    ``depth`` is given, of every folder down to that depth), sorted."""
    found = []
    top = folder.rstrip(os.sep).count(os.sep)
    for parent, dirs, files in os.walk(folder):
        level = parent.rstrip(os.sep).count(os.sep) - top
        dirs[:] = sorted(d for d in dirs if d != "__pycache__" and not d.startswith("."))
        if depth is not None:
            stat = os.stat(parent)
            found.append(f"{parent}/ {stat.st_mtime_ns}")
            if level >= depth:
                dirs[:] = []
        for name in sorted(files):
            if name.endswith(suffix):
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


def list_key(prog: str, problems_dirs: tuple[str, ...], lang: str) -> str | None:
    """Everything ``judge list``'s text depends on (see the module's docstring)."""
    import judge

    base = key(prog)
    if base is None or judge.__file__ is None:
        return None
    here = os.getcwd()
    env = os.environ.get("JUDGE_PROBLEMS", "")
    package = os.path.dirname(os.path.abspath(judge.__file__))
    folders = [*problems_dirs, *(e for e in env.split(os.pathsep) if e.strip()),
               os.path.join(package, "builtin_problems"), os.path.join(os.path.dirname(package), "problems")]
    parent = here
    while True:
        folders.append(os.path.join(parent, "problems"))
        if os.path.dirname(parent) == parent:
            break
        parent = os.path.dirname(parent)
    parts = [base, f"list {problems_dirs!r} {lang}", f"cwd {here}", f"JUDGE_PROBLEMS={env}"]
    for folder in folders:
        parts += _sources(folder, "", depth=2) if os.path.isdir(folder) else [f"{folder} absent"]
    return "\x00".join(parts)


def list_arguments(argv: list[str]) -> tuple[tuple[str, ...], str] | None:
    """``(problems_dirs, lang)`` when ``argv`` is a plain ``judge [--problems DIR]... list [--lang L]``, else None."""
    dirs: list[str] = []
    rest = list(argv)
    while rest and rest[0].startswith("--problems"):
        option = rest.pop(0)
        if option.startswith("--problems="):
            dirs.append(option.partition("=")[2])
        elif option == "--problems" and rest:
            dirs.append(rest.pop(0))
        else:
            return None
    if rest[:1] != ["list"]:
        return None
    rest = rest[1:]
    if not rest:
        return tuple(dirs), "en"
    if len(rest) == 2 and rest[0] == "--lang" and rest[1] in _LANGS:
        return tuple(dirs), rest[1]
    if len(rest) == 1 and rest[0].partition("=")[::2] in (("--lang", lang) for lang in _LANGS):
        return tuple(dirs), rest[0].partition("=")[2]
    return None


def _wanted(prog: str, argv: list[str]) -> tuple[str, str | None] | None:
    """The cache file's name and key for ``argv``, or None when these arguments are never served."""
    if f"_{prog.upper().replace('-', '_')}_COMPLETE" in os.environ:
        return None
    if argv in _HELP:
        return f"{prog}.txt", key(prog)
    listing = list_arguments(argv)
    if listing is not None:
        return f"{prog}-list-{listing[1]}.txt", list_key(prog, *listing)
    return None


def _path(name: str) -> str:
    from judge.paths import cache_dir

    return str(cache_dir() / "help" / name)


def answer(prog: str, argv: list[str]) -> bool:
    """Print the cached text and return True if ``argv`` asks for the top-level help or a plain
    listing and the cache holds it for exactly this key; False (nothing printed) otherwise."""
    try:
        wanted = _wanted(prog, argv)
        if wanted is None or wanted[1] is None:
            return False
        with open(_path(wanted[0]), encoding="utf-8") as handle:
            stored_key, _, text = handle.read().partition("\n\x01\n")
    except (OSError, UnicodeDecodeError):
        return False
    if stored_key != wanted[1].replace("\n", " "):
        return False
    sys.stdout.write(text + "\n")
    sys.stdout.flush()
    return True


def store(prog: str, text: str) -> None:
    """Keep ``text`` (Click's rendering of the top-level help) for ``answer``; best effort."""
    from click import formatting

    if formatting.FORCED_WIDTH is not None:  # set by tests only; not an input the key covers
        return
    _keep(f"{prog}.txt", key(prog), text)


def store_list(prog: str, problems_dirs: tuple[str, ...], lang: str, text: str) -> None:
    """Keep ``text`` (what ``judge list`` printed for these arguments) for ``answer``; best effort."""
    _keep(f"{prog}-list-{lang}.txt", list_key(prog, problems_dirs, lang), text)


def _keep(name: str, wanted: str | None, text: str) -> None:
    if wanted is None:
        return
    try:
        path = _path(name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        partial = f"{path}.{os.getpid()}"
        with open(partial, "w", encoding="utf-8") as handle:
            handle.write(wanted.replace("\n", " ") + "\n\x01\n" + text)
        os.replace(partial, path)
    except OSError:
        pass
