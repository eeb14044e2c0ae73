"""The two costs of the wire the judge pays per request, kept at C speed (``judge.sandbox.protocol``).

**Encoding a case's arguments.** Every submission of a problem is sent the same cases,
and a large case carries 10^5-element lists: encoding them again for every request took
more than half of the judge's own CPU per submission (docs/performance.md). ``args_json``
keeps the JSON text of a request's ``args`` list, keyed on the list itself (its ``id``,
with the list held so that the ``id`` cannot be reused), and ``protocol.request_line``
splices it into the request. What makes that sound:

- A case's ``args`` are never changed once read: ``Case`` is frozen, everything in the
  judge only reads them, and the harness decodes a copy (``codec.decode``), in the child
  and for the in-process reference alike. So the same list encodes to the same text.
- Only the arguments are kept. Everything else in a request (``op``, ``inplace``,
  ``calls``, a stream's ``draws``, a program's ``stdin``, and the child's ``token``) is
  encoded afresh each time, so the cache can hand no secret from one child to another.
- The bytes sent are exactly those of encoding the whole request at once.

Under ``judge grade`` the reference is timed on every case in the parent before the
workers are forked (``grading.pool._prepare``), through this same path, so the workers
inherit the encoded cases. Lists shorter than ``MIN_CHARS`` are not kept (they cost
little to encode), and the cache is emptied when it would pass ``MAX_CHARS``, so
generated inputs (fuzzing, ``judge run --case``) cannot make it grow without bound.

**Bounding a reply's nesting.** ``deeper_than`` answers whether a reply is nested more
than a bound. Counting the brackets in the line bounds the depth from above at C speed,
but brackets inside strings count too (a reply listing ``"["`` 10^5 times), and the exact
walk over the decoded document (``protocol.depth``) costs Python time per element. So
the string literals are cut out (``outside_strings``: a few ``bytes`` passes), braces are
mapped to brackets, and the nesting of what is left is found by peeling innermost pairs
(``[]``) a level per pass: a pass is one ``bytes.replace``, and the count of passes to
empty is the depth. Passes stop once the depth is known to be within the bound or past
it, and if they would cost more than ``PEEL_BUDGET`` times the bracket sequence (a
deep and bushy reply), the exact walk decides. The shortcut is taken only for a reply in
UTF-8 (``json`` also reads UTF-16 and UTF-32, whose code units can hold a quote's byte);
any other goes to the exact walk.
"""

from __future__ import annotations

import json
import threading
from typing import Any, Callable

MIN_CHARS = 1024  # argument lists encoding shorter than this are not kept
MAX_CHARS = 256 * 1024 * 1024  # all kept texts together (ASCII: bytes); past it the cache starts again
PEEL_BUDGET = 8  # peeling may cost this many times the bracket sequence; past it the exact walk decides

_kept: dict[int, tuple[list[Any], str]] = {}
_chars = 0
_lock = threading.Lock()


def args_json(args: list[Any], dumps: Callable[[Any], str]) -> str:
    """``dumps(args)``, from the cache when this very list was encoded before."""
    global _chars
    hit = _kept.get(id(args))
    if hit is not None and hit[0] is args:
        return hit[1]
    text = dumps(args)
    if len(text) >= MIN_CHARS:
        with _lock:
            if _chars + len(text) > MAX_CHARS:
                _kept.clear()
                _chars = 0
            _kept[id(args)] = (args, text)
            _chars += len(text)
    return text


def kept_chars() -> int:
    """How many characters of encoded arguments the cache holds (measurements, tests)."""
    return _chars


def forget() -> None:
    """Empty the cache (tests)."""
    global _chars
    with _lock:
        _kept.clear()
        _chars = 0


_BRACKETS = bytes.maketrans(b"{}", b"[]")
_NOT_SYNTAX = bytes(b for b in range(256) if b not in b'[]{}"')


def outside_strings(line: bytes) -> bytes:
    """The brackets of the valid JSON ``line`` (UTF-8) that stand outside its strings, braces as brackets.

    Escapes first: runs of backslashes pair up from the left as JSON reads them, and an escaped
    quote goes with its backslash, so every quote left opens or closes a string. Then all but
    quotes and brackets is deleted, and two adjacent quotes (an empty string, or the end of one
    string and the start of the next) are dropped, which keeps every bracket on its side; what
    lies between the quotes left is inside a string."""
    if b"\\" in line:
        line = line.replace(b"\\\\", b"").replace(b'\\"', b"")
    syntax = line.translate(_BRACKETS, _NOT_SYNTAX).replace(b'""', b"")
    return b"".join(syntax.split(b'"')[::2]) if b'"' in syntax else syntax


def deeper_than(line: bytes, bound: int, document: Any, depth: Callable[[Any], int]) -> bool:
    """Whether the JSON ``line`` (already decoded, as ``document``) nests lists and objects more than
    ``bound`` deep; ``depth`` is the exact walk over ``document``, used when the shortcut cannot answer."""
    if json.detect_encoding(line) not in ("utf-8", "utf-8-sig"):
        return depth(document) > bound
    brackets = outside_strings(line)
    budget = PEEL_BUDGET * len(brackets)
    peeled = 0
    while brackets:
        if peeled + len(brackets) // 2 <= bound:  # what is left cannot nest deeper than it has pairs
            return False
        if peeled == bound:  # pairs are left after ``bound`` levels were peeled
            return True
        budget -= len(brackets)
        if budget < 0:
            return depth(document) > bound
        brackets = brackets.replace(b"[]", b"")
        peeled += 1
    return False


__all__ = ["MAX_CHARS", "MIN_CHARS", "args_json", "deeper_than", "forget", "kept_chars"]
