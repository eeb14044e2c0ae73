"""Plain data helpers shared by checkers and reports: normalising, describing, shortening."""

from __future__ import annotations

import json
from typing import Any

SHORT = 200


def plain(value: Any) -> Any:
    """Undo the wire tags that only mark a Python type: a tuple becomes a list."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"__tuple__"}:
            return [plain(v) for v in value["__tuple__"]]
        return {k: plain(v) for k, v in value.items()}
    return value


def type_name(value: Any) -> str:
    """The user-facing type of a decoded value (what a returned object was)."""
    if isinstance(value, dict):
        if "__unsupported__" in value:
            return str(value["__unsupported__"])
        if "__ndarray__" in value:
            return "ndarray"
        if "__dict__" in value:
            return "dict"
        if "__set__" in value:
            return "set"
    return {bool: "bool", int: "int", float: "float", str: "str", list: "list", type(None): "None"}.get(type(value), "dict")


def show(value: Any, limit: int = SHORT) -> str:
    """A readable, bounded rendering: long strings and lists keep their head and tail."""
    if isinstance(value, dict):
        if "__unsupported__" in value:
            return f"<{value['__unsupported__']} object>"
        if "__ndarray__" in value:
            shape = value.get("shape")
            suffix = f", shape {'x'.join(map(str, shape))}" if shape else ""
            return f"array({show(value['__ndarray__'], limit)}{suffix})"
        if set(value) == {"__tuple__"}:
            return "(" + show(value["__tuple__"], limit)[1:-1] + ")"
    if isinstance(value, str):
        return _middle(json.dumps(value, ensure_ascii=False), limit) + (f"  (length {len(value):,})" if len(value) > limit else "")
    tagged = isinstance(value, list) and any(isinstance(v, dict) for v in value)
    if isinstance(value, list) and (tagged or len(json.dumps(value, ensure_ascii=False, default=repr)) > limit):
        if len(value) <= 12:
            budget = max(20, limit // len(value))
            return "[" + ", ".join(show(v, budget) for v in value) + "]"
        head = ", ".join(show(v, 30) for v in value[:8])
        tail = ", ".join(show(v, 30) for v in value[-4:])
        return f"[{head}, ... {tail}]  (length {len(value):,})"
    return _middle(json.dumps(value, ensure_ascii=False, default=repr), limit)


def _middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit // 2 - 3
    return f"{text[:keep]} ... {text[-keep:]}"


def first_difference(expected: Any, actual: Any) -> str:
    """Where two outputs first differ, in words ("differs at index 7: expected 'b', got 'a'")."""
    if type_name(expected) != type_name(actual):
        return f"has the wrong type: expected {type_name(expected)}, got {type_name(actual)} ({show(actual, 60)})"
    if isinstance(expected, (str, list)):
        for index, (e, a) in enumerate(zip(expected, actual)):
            if e != a or type(e) is not type(a):
                return f"differs at index {index}: expected {show(e, 60)}, got {show(a, 60)}"
        if len(expected) != len(actual):
            return f"has length {len(actual):,}, expected {len(expected):,}"
    return f"differs: expected {show(expected, 80)}, got {show(actual, 80)}"


def show_step(step: dict[str, Any]) -> str:
    """One object-mode step as code: ``new(4)``, ``.weight``, ``.forward(array(...))``."""
    if "new" in step:
        return "new(" + ", ".join(show(a, 60) for a in step["new"]) + ")"
    if "call" in step:
        return f".{step['call']}(" + ", ".join(show(a, 80) for a in step.get("args", [])) + ")"
    if "get" in step:
        return f".{step['get']}"
    return f".{step.get('set')} = {show(step.get('value'), 80)}"
