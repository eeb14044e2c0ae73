"""The wire protocol between the judge and the harness: every request and reply, defined once.

Transport: JSON objects, one per line. Requests go on the request pipe (the harness's
first argument), replies come back on the reply pipe (its second); fd 1 and fd 2 are
the solution's own output. ``load`` is sent once per child, then one ``case`` per case.
A case request is exactly one call (one object run, one stream, one program run): a
second call in the same process could answer from a memo, so a reading near a limit is
settled in fresh children (``judge.judging.remeasure``), never by calling again here.
The harness ignores keys it does not read (as it ignores the ``repeats`` and
``repeat_budget_s`` of older requests).

Requests (built here, sent by ``judge.sandbox.child.Child``, which adds ``token``; a
program's input, ``stdin``, is read by the judging layer and passed in)::

    {"op": "load", "path", "names", "mode", "requires", ["source", "sides"]}
    {"op": "case", "args", ["inplace"], ["calls", "draws"], ["stdin", "output_cap"]}
    {"op": "cases", "cases": [case request, ...]}   a batch of small cases (judge.judging.batching)
    {"op": "draws", "draws"}      the answer to a stream's ask (a reply with status ``draws``)

Replies: ``{"token", "status", ...}`` where ``status`` is a ``Status`` and the other
keys are those of ``REPLY_KEYS``. The reply to a batch is ``{"token", "status": "ok",
"results": [reply, ...]}``, one reply per case of the batch, each carrying ``"case"``,
its position: a count or a position that does not match the request is malformed.
Every reply is only a *claim*: the harness shares its
process with the code under judgement, which can reach it and make it say anything.
``parse_reply`` therefore reads a reply as hostile input — bounded in size (the
caller caps a line at ``FRAME_CAP`` bytes) and in nesting (``MAX_DEPTH``), every key
checked for its type, unknown keys refused, text cut to a head and a tail — and turns
it into a typed ``Reply`` or raises ``MalformedReply``, which the judge reports as a
Runtime Error (the child's fault), never as an internal error. Figures that decide a
verdict (CPU time, memory) are not taken from a reply at all: the judge measures them
(``judge.sandbox.meter``); ``cpu_s`` and ``maxrss_kb`` in a reply are kept only as
``claimed_*`` for diagnostics.

Ints wider than ``INT_TAG_BITS`` cross in both directions as ``{"__int__": hex}``
(``request_line`` here, the harness's ``encode`` and ``decode``, ``judge.values.rebuild``):
Python refuses more than 4,300 decimal digits either way, and reading decimal digits
is quadratic, so a forged reply with a bare 10-million-digit number is refused as
invalid JSON at once, while a hexadecimal one is read in linear time.

The harness is stdlib-only and runs as a package of its own inside the sandbox, so it
does not import this module; it spells the same statuses and keys, and
``tests/sandbox/test_protocol.py`` keeps the two in step.
"""

from __future__ import annotations

import enum
import json
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from judge.sandbox import wire

if TYPE_CHECKING:  # keep this module importable without the problem package (tests, tools)
    from judge.problems.problem import Case, Problem

FRAME_CAP = 256 * 1024 * 1024  # bytes in one reply line: a returned value of 20 million elements fits
MAX_DEPTH = 200  # nesting of lists and objects in a reply; the judge's checkers recurse over values
TEXT_HEAD = 3000  # characters kept from the start of a text field (stdout, message, traceback)
TEXT_TAIL = 1000  # and from its end
MAX_TIMES = 10_000  # claimed per-call times in one reply
INT_TAG_BITS = 8192  # wider ints cross as {"__int__": hex} (the harness's INT_TAG_BITS)


class Status(str, enum.Enum):
    """What the harness says happened to a request."""

    OK = "ok"
    EXCEPTION = "exception"  # the solution raised (traceback in the reply)
    MEMORY = "memory"  # MemoryError
    EXIT = "exit"  # SystemExit
    COMPILE = "compile"  # SyntaxError, unreadable file, or no entry point (load only)
    TOO_LARGE = "too_large"  # the returned value is too large to send back
    DRAWS = "draws"  # mid-case: the stream's source asks the judge for its next block of draws


class MalformedReply(ValueError):
    """A reply that is not what the protocol allows; the message says what is wrong with it."""


@dataclass(frozen=True)
class Reply:
    """One validated reply. Text fields are already cut to ``TEXT_HEAD`` + ``TEXT_TAIL``."""

    status: Status
    message: str = ""
    exc_type: str = ""
    traceback: str | None = None
    line: int | None = None
    during: str = ""  # for a failed load: "import" or "Solution()"
    step: int | None = None  # object mode: the step that failed
    stdout: str = ""
    stdout_chars: int = 0
    value: Any = None  # plain JSON data, still tagged (judge.values decodes it)
    arg_after: Any = None
    unused: int | None = None  # stream: draws of the last block the child says it left unused (a claim)
    claimed_cpu_s: tuple[float, ...] = ()  # the harness's own timing: never a verdict figure
    claimed_maxrss_kb: int = 0
    case: int | None = None  # in a batch's results: the case's position in the request
    results: tuple[Reply, ...] = ()  # a batch's replies, one per case, in the request's order

    @property
    def ok(self) -> bool:
        return self.status is Status.OK


# -- requests ----------------------------------------------------------------------------------


def load_request(problem: Problem, path: str) -> dict[str, object]:
    """The harness's load request for a solution of ``problem`` at ``path``."""
    request: dict[str, object] = {"op": "load", "path": path, "names": list(problem.entry_names), "mode": problem.kind,
                                  "requires": list(problem.requires)}
    if problem.kind == "stream":
        request.update(source=problem.stream_source, sides=problem.stream_sides)
    return request


def case_request(problem: Problem, case: Case, stdin: str | None = None) -> dict[str, object]:
    """The harness's request to run one case: one call, timed by the judge around the request.

    A program (a ``stdio`` problem) needs ``stdin``, its input: the judging layer reads the
    case's file (``judge.judging.requests.case_request``), so the sandbox knows no problem format."""
    request: dict[str, object] = {"op": "case", "args": case.args}
    if problem.inplace_arg is not None:
        request["inplace"] = problem.inplace_arg
    if problem.kind == "stream":
        request["calls"] = case.calls  # no seed: the judge serves the draws (judge.judging.draws)
    if problem.kind == "stdio":
        if stdin is None:
            raise ValueError(f"a program's case request needs its input (case {case.name!r}): "
                             "build it with judge.judging.requests.case_request")
        request.update(stdin=stdin, output_cap=problem.output_kb * 1024)
    return request


def request_line(request: dict[str, object]) -> bytes:
    """A request as one line of JSON; ints wider than ``INT_TAG_BITS`` (a problem's own big numbers)
    as ``{"__int__": hex}``, which the harness reads back.

    The bytes are exactly ``json.dumps(request, separators=(",", ":"))``'s (tagged as above), but
    each value is encoded on its own so that a case's ``args`` (in a batch too) come from
    ``judge.sandbox.wire``'s cache: a problem's cases are sent to every submission, and a large
    one's arguments (10^5 elements) are encoded once per process, not once per request. The
    child's ``token`` is a value like any other, encoded afresh for each request."""
    return (_object(request) + "\n").encode()


def _object(request: dict[str, object]) -> str:
    if not all(type(key) is str for key in request):  # not a request this module builds: encode it whole
        return _dumps(request)
    parts = []
    for key, value in request.items():
        if key == "args" and type(value) is list:
            text = wire.args_json(value, _dumps)
        elif key == "cases" and type(value) is list and all(type(entry) is dict for entry in value):
            text = "[" + ",".join(_object(entry) for entry in value) + "]"
        else:
            text = _dumps(value)
        parts.append(f"{_ENCODER.encode(key)}:{text}")
    return "{" + ",".join(parts) + "}"


_ENCODER = json.JSONEncoder(separators=(",", ":"))  # json.dumps(value, separators=...), without a new encoder a call


def _dumps(value: Any) -> str:
    try:
        return _ENCODER.encode(value)
    except ValueError:  # an int over str()'s 4,300-digit limit: only then walk the value
        return _ENCODER.encode(_tag_wide(value))


def _tag_wide(value: Any) -> Any:
    if type(value) is int and value.bit_length() > INT_TAG_BITS:
        return {"__int__": format(value, "x")}
    if isinstance(value, (list, tuple)):
        return [_tag_wide(v) for v in value]
    if isinstance(value, dict):
        return {k: _tag_wide(v) for k, v in value.items()}
    return value


def cases_request(problem: Problem, cases: list[Case]) -> dict[str, object]:
    """One request running several cases, one call each, in this order (``judge.judging.batching``):
    each case's entry is exactly the request it would get alone."""
    return {"op": "cases", "cases": [case_request(problem, case) for case in cases]}


# -- replies -----------------------------------------------------------------------------------


def clip(text: str, head: int = TEXT_HEAD, tail: int = TEXT_TAIL) -> str:
    """``text`` cut to its first ``head`` and last ``tail`` characters, saying how much was left out;
    lone surrogates (which no terminal or file can take) become U+FFFD."""
    if len(text) > head + tail:
        text = f"{text[:head]}\n... [{len(text) - head - tail:,} characters left out] ...\n{text[-tail:]}"
    return text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(text) else text


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("a string")
    return clip(value)


def _optional_text(value: object) -> str | None:
    return None if value is None else _text(value)


def _count(value: object) -> int:
    if type(value) is not int or not 0 <= value < 2**53:
        raise TypeError("a whole number >= 0")
    return value


def _optional_count(value: object) -> int | None:
    return None if value is None else _count(value)


def _times(value: object) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) > MAX_TIMES:
        raise TypeError(f"a list of at most {MAX_TIMES} numbers")
    if not all(type(t) in (int, float) and math.isfinite(t) and t >= 0 for t in value):
        raise TypeError("a list of finite numbers >= 0")
    return tuple(float(t) for t in value)


def _status(value: object) -> Status:
    try:
        return Status(value)
    except ValueError:
        raise TypeError("one of " + ", ".join(repr(s.value) for s in Status)) from None


def _data(value: object) -> object:
    return value  # any JSON value; its depth is bounded for the whole reply


# reply key -> (Reply field, validator). The harness sends exactly these (test_protocol.py checks).
REPLY_KEYS: dict[str, tuple[str, Callable[[Any], Any]]] = {
    "status": ("status", _status),
    "message": ("message", _text),
    "exc_type": ("exc_type", _text),
    "traceback": ("traceback", _optional_text),
    "line": ("line", _optional_count),
    "during": ("during", _text),
    "step": ("step", _optional_count),
    "stdout": ("stdout", _text),
    "stdout_chars": ("stdout_chars", _count),
    "value": ("value", _data),
    "arg_after": ("arg_after", _data),
    "unused": ("unused", _optional_count),
    "cpu_s": ("claimed_cpu_s", _times),
    "maxrss_kb": ("claimed_maxrss_kb", _count),
    "case": ("case", _optional_count),
    "results": ("results", lambda value: value),  # checked entry by entry in parse_reply
}


def parse_reply(line: bytes, token: str, op: str = "case", count: int = 0) -> Reply:
    """The reply in ``line`` (one line, without its newline), validated; ``MalformedReply`` if not.

    A reply that does not carry ``token`` is refused as forged before anything else is read.
    For ``op`` ``"cases"`` (a batch of ``count`` cases) the reply must hold exactly ``count``
    case replies, the i-th saying ``"case": i``.
    """
    document = _decode(line)
    if not isinstance(document, dict):
        raise MalformedReply(f"the reply is a JSON {type(document).__name__}, not an object")
    if document.get("token") != token:
        raise MalformedReply("the reply does not carry this run's token (a forged reply)")
    if op == "cases":
        return _batch_reply(document, count)
    return _reply(document, op)


def _batch_reply(document: dict[str, Any], count: int) -> Reply:
    """A batch's reply: ``count`` case replies in the request's order, nothing else besides."""
    results = document.get("results")
    if set(document) - {"token", "status", "results", "maxrss_kb"} or document.get("status") != "ok":
        raise MalformedReply("a batch's reply holds only 'status': 'ok' and its 'results'")
    if not isinstance(results, list) or len(results) != count:
        got = f"{len(results)} replies" if isinstance(results, list) else "no list of replies"
        raise MalformedReply(f"the batch held {count} cases, but its reply has {got}")
    replies = []
    for position, entry in enumerate(results):
        if not isinstance(entry, dict) or "token" in entry or "results" in entry:
            raise MalformedReply(f"the batch's reply {position} is not a case's reply")
        reply = _reply(entry, "case")
        if reply.case != position:
            raise MalformedReply(f"the batch's reply {position} says it is for case {reply.case} (out of order)")
        replies.append(reply)
    try:
        maxrss = _count(document.get("maxrss_kb", 0))
    except TypeError as exc:
        raise MalformedReply(f"the reply's 'maxrss_kb' is not {exc}") from None
    return Reply(status=Status.OK, claimed_maxrss_kb=maxrss, results=tuple(replies))


def _reply(document: dict[str, Any], op: str) -> Reply:
    """One reply's keys, each checked for its type, as a ``Reply``."""
    fields: dict[str, Any] = {}
    for key, raw in document.items():
        if key in ("token", "results"):
            if key == "results":
                raise MalformedReply("only a batch's reply has 'results'")
            continue
        if key not in REPLY_KEYS:
            raise MalformedReply(f"the reply has an unknown key {clip(str(key), 40, 0)!r}")
        name, check = REPLY_KEYS[key]
        try:
            fields[name] = check(raw)
        except TypeError as exc:
            raise MalformedReply(f"the reply's {key!r} is not {exc}") from None
    if "status" not in fields:
        raise MalformedReply("the reply has no 'status'")
    if op == "case" and fields["status"] is Status.OK and "value" not in fields:
        raise MalformedReply("the reply says 'ok' but carries no 'value'")
    if op == "load" and fields["status"] is Status.TOO_LARGE:
        raise MalformedReply("a load cannot return a value too large")
    return Reply(**fields)


def _decode(line: bytes) -> Any:
    """``json.loads`` with its nesting bounded by ``MAX_DEPTH``, and every failure a ``MalformedReply``."""
    if len(line) > FRAME_CAP:
        raise MalformedReply(f"the reply is larger than {FRAME_CAP:,} bytes")
    try:
        document = json.loads(line)
    except RecursionError:  # nesting beyond the interpreter's own limit: refused before anything recurses
        raise MalformedReply(f"the reply is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError as exc:  # also UnicodeDecodeError
        if "integer string conversion" in str(exc):  # Python's 4,300-digit limit, checked before converting
            raise MalformedReply("the reply holds a bare int of more than 4,300 decimal digits (wider ints are "
                                 'sent in hexadecimal, as {"__int__": ...})') from None
        raise MalformedReply(f"the reply is not valid JSON ({clip(str(exc), 200, 0)})") from None
    if line.count(b"[") + line.count(b"{") > MAX_DEPTH and wire.deeper_than(line, MAX_DEPTH, document, depth):
        raise MalformedReply(f"the reply is nested more than {MAX_DEPTH} levels deep")
    return document


def depth(document: Any) -> int:
    """How deeply lists and objects nest in ``document`` (a scalar is 0), without recursing."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(document, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            level += 1
            if level > deepest:
                deepest = level
                if deepest > MAX_DEPTH:
                    return deepest
            stack.extend((child, level) for child in item if isinstance(child, (list, dict)))
    return deepest


__all__ = ["FRAME_CAP", "INT_TAG_BITS", "MAX_DEPTH", "MalformedReply", "Reply", "Status", "case_request",
           "cases_request", "clip", "load_request", "parse_reply", "request_line"]
