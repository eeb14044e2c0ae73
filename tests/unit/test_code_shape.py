"""The package keeps the shape issue 10 gave it (read with ``ast``, nothing imported or run).

- no module in judge/ over 400 lines, no function over 60;
- at most six modules directly in judge/ (the rest live in their stage's folder);
- no import cycle between judge's modules, counting imports inside functions too;
- the sandbox imports nothing from a later stage (judging, checkers, report, ...): at run
  time it depends only on itself and ``judge.errors`` (type annotations aside).

``KNOWN`` lists the offenders that are being fixed elsewhere: a new offender fails
here, and so does a listed one that no longer offends (take it off the list, so the
list only ever shrinks).
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

from fixture_paths import ROOT

PACKAGE = ROOT / "judge"
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60
MAX_TOP_LEVEL_MODULES = 6

KNOWN: dict[str, str] = {}


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _offenders() -> dict[str, str]:
    """``{what: kind}`` for every module or function over its limit."""
    found = {}
    for path in _modules().values():
        text = path.read_text(encoding="utf-8")
        where = str(path.relative_to(ROOT))
        if len(text.splitlines()) > MAX_MODULE_LINES:
            found[where] = "module"
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert node.end_lineno is not None
                if node.end_lineno - node.lineno + 1 > MAX_FUNCTION_LINES:
                    found[f"{where}:{node.name}"] = "function"
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The judge modules ``name`` imports anywhere in its body (``from pkg import mod`` counts as mod)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & set(modules)
            found |= submodules or {node.module}
    return {module for module in found if module in modules and module != name}


def _cycles() -> set[str]:
    """Each pair of modules that reach each other through imports, as "a <-> b" (a < b)."""
    modules = _modules()
    graph = {name: _imports(name, path, modules) for name, path in modules.items()}
    reach: dict[str, set[str]] = {}
    for start in graph:
        seen: set[str] = set()
        todo = list(graph[start])
        while todo:
            module = todo.pop()
            if module not in seen:
                seen.add(module)
                todo += graph[module]
        reach[start] = seen
    return {f"{a} <-> {b}" for a in graph for b in graph[a] if a < b and a in reach[b]}


def test_no_module_or_function_over_its_limit() -> None:
    offenders = _offenders()
    new = sorted(k for k in offenders if k not in KNOWN)
    assert not new, (f"over {MAX_MODULE_LINES} lines per module or {MAX_FUNCTION_LINES} per function: {new}; "
                     f"split by job (STYLE.md rule 6)")
    fixed = sorted(k for k, kind in KNOWN.items() if kind != "cycle" and k not in offenders)
    assert not fixed, f"no longer over the limit, take them off KNOWN in {__file__}: {fixed}"


def test_no_import_cycles() -> None:
    cycles = _cycles()
    new = sorted(c for c in cycles if c not in KNOWN)
    assert not new, f"import cycles (the layout's dependency direction is in docs/architecture.md): {new}"
    fixed = sorted(k for k, kind in KNOWN.items() if kind == "cycle" and k not in cycles)
    assert not fixed, f"no longer a cycle, take them off KNOWN in {__file__}: {fixed}"


def test_few_modules_directly_in_judge() -> None:
    top = sorted(p.name for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    assert len(top) <= MAX_TOP_LEVEL_MODULES, f"judge/ holds {top}: put new modules in their stage's folder"


# What each stage may import at run time (docs/architecture.md: imports only go one way).
STAGE_IMPORTS = {"judge.sandbox": ("judge.sandbox", "judge.errors")}


def _runtime_imports(path: Path) -> set[str]:
    """Every judge module ``path`` imports, anywhere but under ``if TYPE_CHECKING:``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and
               ast.unparse(node.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING") for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.split(".")[0] == "judge"}


def test_the_sandbox_imports_no_later_stage() -> None:
    """``judge.sandbox.protocol`` imported ``judge.judging.stdio`` to read a program's input: the
    sandbox reached back into the judging layer (issue 11). The judging layer now passes it in."""
    wrong = []
    for name, path in _modules().items():
        for stage, allowed in STAGE_IMPORTS.items():
            if name.startswith(stage):
                wrong += [f"{name} imports {i}" for i in sorted(_runtime_imports(path))
                          if not any(i == a or i.startswith(a + ".") for a in allowed)]
    assert not wrong, f"imports against the stages' direction (docs/architecture.md): {wrong}"


HARNESS = PACKAGE / "sandbox" / "harness"
HARNESS_OPTIONAL = {"numpy"}  # imported inside a function, only for a problem that requires it


def test_the_harness_imports_only_the_standard_library_and_itself() -> None:
    """The harness package runs inside the sandbox, which shows it only its own directory, the
    Python installation and the solution: every module imports the standard library and its
    own package (relatively, so no module is reachable by a bare name), and NumPy only inside a
    function, for a problem that requires it."""
    wrong = []
    for path in sorted(HARNESS.glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top_level = {id(node) for node in tree.body}
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [] if node.level > 0 else [node.module or ""]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                optional = root in HARNESS_OPTIONAL and id(node) not in top_level
                if root not in sys.stdlib_module_names and not optional:
                    wrong.append(f"{path.name} imports {name}")
    assert not wrong, f"the harness may import only the standard library and itself: {wrong}"
