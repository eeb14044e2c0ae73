"""Read an input the user typed (``judge run --case`` / ``--case-file``) into cases, and validate them.

What is accepted, per problem kind (README, "Run on your own input, hints, and the write-up"):

- call: the statement's notation ``s = "ADOBECODEBANC", t = "ABC"`` (a leading
  ``Input:`` is dropped); the values alone, in parameter order (``"ADOBECODEBANC", "ABC"``);
  a JSON object of named arguments; or, for a problem of several parameters, a JSON
  list of the arguments. A case file holds one such case per line, or LeetCode's
  format: one argument per line, a case every ``len(params)`` lines.
- object: statements as in the statement (``ln = LayerNorm(4)``, ``ln.weight``,
  ``ln.weight = np.array([...])``, ``ln.forward(np.array([...]))``, separated by newlines
  or ``;``); a JSON list of steps as in the case files; or LeetCode's two lines
  ``["LayerNorm","forward"]`` / ``[[4],[[...]]]``. In a case file, cases are separated
  by blank lines.
- stream: ``calls = 1000`` (or LeetCode's ``n = 1000``, or ``1000``), optionally
  ``seed = 7``; a case file holds one per line.

Values are JSON or Python literals (``true``/``True``, ``null``/``None``, tuples),
plus ``np.array(...)`` for arrays; nothing is evaluated. Arguments come out in the
case files' tagged form (``{"__ndarray__": ...}``, ``{"__tuple__": [...]}``), which
is what the problem's ``validator.py`` and the harness read. Every mistake is a
``UsageError`` naming the case and what to write instead.
"""

from __future__ import annotations

import ast
import difflib
import json
from pathlib import Path
from typing import Any

from judge.errors import UsageError
from judge.problems.problem import Case, Problem

MAX_CALLS = 1_000_000
DEFAULT_SEED = 1
NAMED = ("true", "false", "null", "True", "False", "None")
CONSTANTS = {"true": True, "True": True, "false": False, "False": False, "null": None, "None": None}
ARRAY_CALLS = ("np.array", "numpy.array", "array", "np.asarray", "numpy.asarray")


def parse_case(problem: Problem, text: str, where: str = "--case", name: str = "custom-1") -> Case:
    """One case from ``text`` in any notation the problem's kind accepts."""
    if problem.kind == "stdio":
        return _program_input(text, where, name)
    text = _strip_input_label(text)
    if not text:
        raise UsageError(f"{where}: the case is empty; e.g. {example(problem)}")
    if problem.kind == "object":
        args = _object_steps(problem, text, where)
        return Case(name=name, group="custom", args=args, expected=None, where=where)
    if problem.kind == "stream":
        calls, seed = _stream(text, where)
        return Case(name=name, group="custom", args=[], expected=None, where=where, seed=seed, calls=calls)
    return Case(name=name, group="custom", args=_call_args(problem, text, where), expected=None, where=where)


def parse_case_file(problem: Problem, path: Path) -> list[Case]:
    """Every case of a file (see the module docstring for the formats)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the case file {path}: {getattr(exc, 'strerror', None) or exc}") from exc
    if problem.kind == "stdio":  # a program's input file is one case, as it is
        return [Case(name=path.name, group="custom", args=[text], expected=None, where=str(path))]
    lines = [(n, line.strip()) for n, line in enumerate(text.splitlines(), 1) if not line.strip().startswith("#")]
    if problem.kind == "object":
        cases = _blocks(problem, path, lines)
    else:
        cases = _lines(problem, path, [(n, line) for n, line in lines if line])
    if not cases:
        raise UsageError(f"{path}: no cases in the file; e.g. a line {example(problem)}")
    return cases


def example(problem: Problem) -> str:
    """A case in the statement's notation for this problem, for messages and help."""
    if problem.kind == "stdio":
        return "'3\\n1 2 4.5' (the program's input; \\n for a new line), or --case-file my.in"
    if problem.kind == "stream":
        return "calls = 1000"
    if problem.kind == "object":
        return f"'x = {problem.entry_names[0]}(...); x.method(...)'"
    return ", ".join(f"{p} = ..." for p in problem.params) or "(no arguments)"


def validate(problem: Problem, cases: list[Case]) -> None:
    """Run the problem's ``validator.py`` on each case; a violation names the case and the constraint."""
    if not (problem.root / "validator.py").is_file():
        return
    from judge.problems.generating import load_module

    check = load_module(problem.root, "validator").validate
    for case in cases:
        try:
            check(json.loads(json.dumps(case.args)))
        except (ValueError, AssertionError, TypeError, KeyError, IndexError) as exc:
            raise UsageError(f"{case.where}: this input is outside the constraints of {problem.slug}: {exc} "
                             f"(its validator.py says so; judge show {problem.slug} lists the constraints)") from exc


# -- stdin/stdout programs (Kattis packages) --------------------------------------------


def _program_input(text: str, where: str, name: str) -> Case:
    """The program's input as typed: ``\\n`` stands for a new line when the text has none."""
    if "\n" not in text:
        text = text.replace("\\n", "\n")
    if not text.strip():
        raise UsageError(f"{where}: the input is empty; e.g. --case '3\\n1 2 4.5'")
    return Case(name=name, group="custom", args=[text if text.endswith("\n") else text + "\n"], expected=None,
                where=where)


# -- call problems ----------------------------------------------------------------------


def _call_args(problem: Problem, text: str, where: str) -> list[Any]:
    loaded = _json(text)
    if isinstance(loaded, dict):
        return _named(problem, list(loaded.items()), where)
    call = _parse_call(text, where)
    if call.keywords and call.args:
        raise UsageError(f"{where}: name every argument or none (as in {example(problem)})")
    if call.keywords:
        return _named(problem, [(k.arg or "**", literal(k.value, where)) for k in call.keywords], where)
    values = [literal(node, where) for node in call.args]
    if len(values) == 1 and isinstance(values[0], list) and len(problem.params) != 1:
        return values[0]  # a JSON list of the arguments
    if len(values) == 1 and isinstance(values[0], dict) and "__tuple__" not in values[0]:
        return _named(problem, list(values[0].items()), where)
    return values


def _named(problem: Problem, pairs: list[tuple[str, Any]], where: str) -> list[Any]:
    """Named arguments in parameter order; a gap is refused (arguments are passed by position)."""
    given = dict(pairs)
    for key in given:
        if key not in problem.params:
            close = difflib.get_close_matches(key, problem.params, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(f"{where}: {problem.slug} has no parameter {key!r}{hint} "
                             f"(its parameters: {', '.join(problem.params) or 'none'})")
    last = max(problem.params.index(k) for k in given) if given else -1
    missing = [p for p in problem.params[:last + 1] if p not in given]
    if missing:
        raise UsageError(f"{where}: give {', '.join(missing)} too: arguments are passed by position, "
                         f"so every one before {problem.params[last]!r} is needed")
    return [given[p] for p in problem.params[:last + 1]]


def _lines(problem: Problem, path: Path, lines: list[tuple[int, str]]) -> list[Case]:
    """Call and stream files: a whole case per line, or (call) LeetCode's one argument per line."""
    cases: list[Case] = []
    pending: list[tuple[int, Any]] = []
    for number, line in lines:
        where = f"{path}:{number}"
        name = f"case-{len(cases) + 1}"
        if problem.kind == "stream" or _whole_case(problem, line):
            if pending:
                raise _incomplete(problem, path, pending)
            cases.append(parse_case(problem, line, where, name))
            continue
        pending.append((number, _value(line, where)))
        if len(pending) == len(problem.params):
            first = pending[0][0]
            cases.append(Case(name=name, group="custom", args=[v for _, v in pending], expected=None,
                              where=f"{path}:{first}" + (f"-{number}" if number != first else "")))
            pending = []
    if pending:
        raise _incomplete(problem, path, pending)
    return cases


def _whole_case(problem: Problem, line: str) -> bool:
    """A line naming its arguments (``s = "a", t = "b"`` or a JSON object of them) is a whole case."""
    loaded = _json(line)
    if isinstance(loaded, dict):
        return bool(loaded) and set(loaded) <= set(problem.params)
    try:
        call = ast.parse(f"_({_strip_input_label(line)})", mode="eval").body
    except SyntaxError:
        return False
    return isinstance(call, ast.Call) and bool(call.keywords)


def _incomplete(problem: Problem, path: Path, pending: list[tuple[int, Any]]) -> UsageError:
    return UsageError(f"{path}:{pending[0][0]}: {len(pending)} argument line(s) left over; with one argument "
                      f"per line a case takes {len(problem.params)} lines ({', '.join(problem.params)})")


# -- stream problems --------------------------------------------------------------------


def _stream(text: str, where: str) -> tuple[int, int]:
    """(calls, seed) from ``calls = N[, seed = S]``, ``n = N``, ``N`` or a JSON object."""
    loaded = _json(text)
    if isinstance(loaded, dict):
        pairs = list(loaded.items())
    else:
        call = _parse_call(text, where)
        pairs = [(k.arg or "**", literal(k.value, where)) for k in call.keywords]
        if call.args:
            pairs.insert(0, ("calls", literal(call.args[0], where)))
    given: dict[str, Any] = {}
    for key, value in pairs:
        key = "calls" if key == "n" else key
        if key not in ("calls", "seed"):
            raise UsageError(f"{where}: a stream problem takes calls = N (how many calls; LeetCode's n) and "
                             f"optionally seed = S, not {key!r}")
        if isinstance(value, bool) or not isinstance(value, int):
            raise UsageError(f"{where}: {key} must be an integer, got {value!r}")
        given[key] = value
    calls = given.get("calls")
    if calls is None:
        raise UsageError(f"{where}: say how many calls to make, e.g. calls = 1000")
    if not 1 <= calls <= MAX_CALLS:
        raise UsageError(f"{where}: 1 <= calls <= {MAX_CALLS:,} violated: calls = {calls:,}")
    return calls, given.get("seed", DEFAULT_SEED)


# -- object problems --------------------------------------------------------------------


def _blocks(problem: Problem, path: Path, lines: list[tuple[int, str]]) -> list[Case]:
    """Object files: cases separated by blank lines."""
    cases: list[Case] = []
    block: list[tuple[int, str]] = []
    for number, line in [*lines, (0, "")]:
        if line:
            block.append((number, line))
            continue
        if block:
            where = f"{path}:{block[0][0]}"
            cases.append(parse_case(problem, "\n".join(text for _, text in block), where, f"case-{len(cases) + 1}"))
            block = []
    return cases


def _object_steps(problem: Problem, text: str, where: str) -> list[Any]:
    loaded = _json(text)
    if isinstance(loaded, list):
        return loaded  # the case files' steps
    rows = text.splitlines()
    if len(rows) == 2 and all(isinstance(_json(r), list) for r in rows):
        return _leetcode_design(problem, _json(rows[0]), _json(rows[1]), where)
    try:
        module = ast.parse(text.replace("\\\n", " "))
    except SyntaxError as exc:
        raise UsageError(f"{where}: cannot read line {exc.lineno} of the steps ({exc.msg}); write them as "
                         f"{example(problem)}") from exc
    steps = [step for node in module.body if (step := _step(problem, node, where)) is not None]
    if not steps or "new" not in steps[0]:
        raise UsageError(f"{where}: the first step must create the object, e.g. x = {problem.entry_names[0]}(...)")
    return steps


def _step(problem: Problem, node: ast.stmt, where: str) -> dict[str, Any] | None:
    """One statement as a step: new, get, set or call (imports are skipped)."""
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return None
    value = node.value if isinstance(node, (ast.Expr, ast.Assign)) else None
    target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in problem.entry_names:
        if target is not None and not isinstance(target, ast.Name):
            raise UsageError(f"{where}: line {node.lineno}: assign the new object to a name")
        return {"new": [literal(a, where) for a in value.args]}
    if isinstance(target, ast.Attribute) and value is not None:
        return {"set": target.attr, "value": literal(value, where)}
    if target is None and isinstance(value, ast.Attribute):
        return {"get": value.attr}
    if target is None and isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        return {"call": value.func.attr, "args": [literal(a, where) for a in value.args]}
    raise UsageError(f"{where}: line {node.lineno}: {ast.unparse(node)[:60]!r} is not a step; write "
                     f"x = {problem.entry_names[0]}(...), x.attr, x.attr = value or x.method(...)")


def _leetcode_design(problem: Problem, names: list[Any], arguments: list[Any], where: str) -> list[Any]:
    if len(names) != len(arguments) or not names or names[0] not in problem.entry_names:
        raise UsageError(f"{where}: LeetCode's format is two lines of the same length, e.g. "
                         f"[\"{problem.entry_names[0]}\", \"method\"] and [[...], [...]]")
    if not all(isinstance(a, list) for a in arguments):
        raise UsageError(f"{where}: every entry of the second line must be a list of arguments")
    if "numpy" in problem.requires:  # JSON has no arrays: in a NumPy problem a list argument is one
        arguments = [arguments[0]] + [[_as_array(v) for v in a] for a in arguments[1:]]
    return [{"new": arguments[0]}] + [{"call": n, "args": a} for n, a in zip(names[1:], arguments[1:])]


def _as_array(value: Any) -> Any:
    return {"__ndarray__": value} if isinstance(value, list) else value


# -- values -----------------------------------------------------------------------------


def literal(node: ast.expr, where: str) -> Any:
    """A value written as a JSON or Python literal, or ``np.array(...)``; nothing is evaluated."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, int, float, bool, type(None))):
        return node.value
    if isinstance(node, ast.Name) and node.id in CONSTANTS:
        return CONSTANTS[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        inner = literal(node.operand, where)
        if isinstance(inner, (int, float)) and not isinstance(inner, bool):
            return -inner if isinstance(node.op, ast.USub) else inner
    if isinstance(node, ast.List):
        return [literal(item, where) for item in node.elts]
    if isinstance(node, ast.Tuple):
        return {"__tuple__": [literal(item, where) for item in node.elts]}
    if isinstance(node, ast.Dict) and all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys):
        return {k.value: literal(v, where) for k, v in zip(node.keys, node.values)}  # type: ignore[union-attr]
    if isinstance(node, ast.Call) and ast.unparse(node.func) in ARRAY_CALLS and len(node.args) == 1:
        return {"__ndarray__": _plain(literal(node.args[0], where))}
    raise UsageError(f"{where}: cannot read {ast.unparse(node)[:60]!r} as a value: write numbers, "
                     f"\"strings\", [lists], true/false/null, or np.array([...])")


def _plain(value: Any) -> Any:
    """Array data as nested lists (a tuple inside np.array(...) is a row like a list)."""
    if isinstance(value, dict) and set(value) == {"__tuple__"}:
        value = value["__tuple__"]
    return [_plain(v) for v in value] if isinstance(value, list) else value


def _value(text: str, where: str) -> Any:
    """One value on a line (LeetCode's one argument per line)."""
    loaded = _json(text)
    if loaded is not _NOT_JSON:
        return loaded
    try:
        node = ast.parse(text, mode="eval").body
    except SyntaxError as exc:
        raise UsageError(f"{where}: cannot read {text[:60]!r} as a value ({exc.msg})") from exc
    return literal(node, where)


def _parse_call(text: str, where: str) -> ast.Call:
    try:
        node = ast.parse(f"_({text})", mode="eval").body
    except SyntaxError as exc:
        raise UsageError(f"{where}: cannot read {text[:80]!r}: write the input as in the statement, "
                         f"e.g. s = \"abc\", k = 2, or as JSON") from exc
    assert isinstance(node, ast.Call)
    return node


_NOT_JSON = object()


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return _NOT_JSON


def _strip_input_label(text: str) -> str:
    text = text.strip()
    return text[len("Input:"):].strip() if text.lower().startswith("input:") else text


__all__ = ["MAX_CALLS", "example", "literal", "parse_case", "parse_case_file", "validate"]
