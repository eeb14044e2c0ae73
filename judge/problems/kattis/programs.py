"""Find and build a package's output validator program, once, into a cache folder.

A program is one source file or one folder (``output_validators/<name>/`` in the
legacy format, ``output_validator/`` in 2023-07). Supported forms:

- C (``.c``) or C++ (``.cc``, ``.cpp``, ``.cxx``, ``.c++``): every source file of the
  folder is compiled together with the system's ``cc``/``c++`` (``$CC``/``$CXX``);
  headers beside them (``testlib.h``, ``validate.h``) are found;
- Python (``.py``): one file, or a folder with ``__main__.py``; run with this Python;
- a folder with ``build`` and/or ``run`` scripts: ``build`` runs in a copy of the folder,
  then ``run`` is the program.

Builds land in the cache folder (``$JUDGE_CACHE_DIR``, else ``$XDG_CACHE_HOME/judge``, else ``~/.cache/judge``)
under ``validators/<hash of the sources>/``, so an unchanged validator compiles once per
machine. A build that fails raises ``ProblemError`` with the compiler's message.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from judge.errors import ProblemError

C_SUFFIXES = (".c",)
CPP_SUFFIXES = (".cc", ".cpp", ".cxx", ".c++")
BUILD_TIMEOUT_S = 120.0


@dataclass(frozen=True)
class Program:
    """A validator's source: a file or a folder, and the language it is written in."""

    path: Path
    language: str  # "c", "cpp", "python" or "script"

    def sources(self) -> list[Path]:
        if self.path.is_file():
            return [self.path]
        return sorted(p for p in self.path.rglob("*") if p.is_file())


def cache_root() -> Path:
    """The judge's cache folder (builds only; safe to delete): ``judge.paths.cache_dir``."""
    from judge.paths import cache_dir

    return cache_dir()


def find_program(path: Path, where: str) -> Program:
    """Classify ``path`` (a file or folder); ``where`` names it in messages."""
    if path.is_file():
        language = _language_of([path])
        if language is None:
            raise ProblemError(f"{path}: {where} must be C, C++ or Python (.c, .cpp, .py), "
                               f"or a folder with build/run scripts")
        return Program(path, language)
    if (path / "build").is_file() or (path / "run").is_file():
        return Program(path, "script")
    if (path / "__main__.py").is_file():
        return Program(path, "python")
    files = [p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")]
    language = _language_of(files)
    if language == "python":
        return Program(files[0], language)
    if language is None:
        raise ProblemError(f"{path}: {where} holds no program judge can build: add C/C++ sources, "
                           f"a Python __main__.py, or build/run scripts")
    return Program(path, language)


def _language_of(files: list[Path]) -> str | None:
    suffixes = {p.suffix.lower() for p in files}
    if suffixes & set(CPP_SUFFIXES):
        return "cpp"
    if suffixes & set(C_SUFFIXES):
        return "c"
    if len(files) == 1 and files[0].suffix == ".py":
        return "python"
    return None


def command_for(program: Program) -> list[str]:
    """The command that runs ``program``, building it first if it is not in the cache."""
    if program.language == "python":
        return [sys.executable, str(program.path.resolve())]
    target = cache_root() / "validators" / _fingerprint(program)
    runnable = target / ("run" if program.language == "script" else "validator")
    if not runnable.exists():
        _build_into(program, target)
    return [str(runnable)]


def _fingerprint(program: Program) -> str:
    digest = hashlib.sha256(program.language.encode())
    digest.update(os.environ.get("CC", "cc").encode() + b"\0" + os.environ.get("CXX", "c++").encode())
    for source in program.sources():
        digest.update(str(source.relative_to(program.path.parent)).encode() + b"\0")
        digest.update(source.read_bytes())
    return digest.hexdigest()[:20]


def _build_into(program: Program, target: Path) -> None:
    """Build in a private folder, then rename it into place (two judges may build at once)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        if program.language == "script":
            shutil.copytree(program.path, work, dirs_exist_ok=True)
            if (work / "build").is_file():
                _run_build(["sh", "./build"], work, program)
            if not (work / "run").is_file():
                raise ProblemError(f"{program.path}: the build script did not leave a run script")
            (work / "run").chmod(0o755)
        else:
            sources = [str(p.resolve()) for p in program.sources()
                       if p.suffix.lower() in (CPP_SUFFIXES if program.language == "cpp" else C_SUFFIXES)]
            if program.language == "cpp":
                argv = [os.environ.get("CXX", "c++"), "-O2", "-std=gnu++17"]
            else:
                argv = [os.environ.get("CC", "cc"), "-O2", "-std=gnu11"]
            include = (program.path if program.path.is_dir() else program.path.parent).resolve()
            _run_build([*argv, f"-I{include}", "-o", str(work / "validator"), *sources, "-lm"], work, program)
        try:
            work.rename(target)
        except OSError:
            if not target.exists():
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_build(argv: list[str], cwd: Path, program: Program) -> None:
    try:
        done = subprocess.run(argv, cwd=cwd, capture_output=True, timeout=BUILD_TIMEOUT_S, check=False)
    except FileNotFoundError as exc:
        raise ProblemError(f"{program.path}: cannot build the output validator: {argv[0]} is not "
                           f"installed (install a C/C++ compiler, or set $CC / $CXX)") from exc
    except subprocess.TimeoutExpired as exc:
        raise ProblemError(f"{program.path}: building the output validator took over "
                           f"{BUILD_TIMEOUT_S:g} s") from exc
    if done.returncode != 0:
        said = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
        raise ProblemError(f"{program.path}: the output validator does not build "
                           f"({' '.join(argv[:1])} exited with {done.returncode}):\n{said[-3000:]}")


__all__ = ["Program", "cache_root", "command_for", "find_program"]
