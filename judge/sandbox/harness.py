"""The child side of the judge: load one solution, call it case by case, send back plain data.

This file runs inside the sandbox, next to untrusted code, as a script
(``python -I harness.py``). It imports nothing from the ``judge`` package and
nothing outside the standard library, so the sandbox only has to show it this one
file. It decides no verdict: it reports what happened, and the judge's own
process compares outputs and applies limits.

Wire protocol (JSON, one object per line), over two pipes whose fd numbers are
the script's two arguments:

- requests arrive on the first (stdin is /dev/null, so ``input()`` in user code
  cannot swallow them);
- replies leave on the second, each carrying the run's ``token``; the judge rejects any
  line that is not a well-formed reply to the request it sent;
- fd 1 and fd 2 are the solution's stdout and stderr, drained and capped by the judge.

Requests: ``{"op": "load", ...}`` once, then ``{"op": "case", ...}`` per case (or
``{"op": "cases", "cases": [...]}``, a batch: one reply listing each case's). In a
stream problem, the source (``rand6``) asks the judge for draws mid-case: a reply
``{"status": "draws"}``, answered by ``{"op": "draws", "draws": [...]}`` on the
request pipe (the judge derives and counts them, see ``judge.judging.draws``). In
``stdio`` mode the solution is a program: ``load`` only compiles it, and each ``case``
(``{"stdin": text, "output_cap": bytes}``) runs it as ``__main__`` with the text on fd 0
and ``sys.stdin``; what reaches its fd 1 (print, ``os.write(1, ...)``, ``open(1, "w")``) comes back as the reply's ``value``.
Replies carry ``status``: ``ok``, ``exception`` (with the user's traceback),
``memory`` (MemoryError), ``exit`` (SystemExit), ``compile`` (SyntaxError or no entry point),
``too_large`` (a returned value too large or too deeply nested to send back), ``draws``
(an ask for a stream's draws). The judge's
side of the protocol is ``judge/sandbox/protocol.py``; this file cannot import it (it
imports nothing from the judge), so ``STATUSES``, ``REPLY_KEYS`` and ``MAX_DEPTH`` below
spell the same names, and tests/sandbox/test_protocol.py keeps them in step. The
judge treats every reply as a claim: it measures time and memory itself.

The solution runs in the main thread, as on LeetCode (so ``signal.signal`` works at
import), on the main thread's stack, which the judge sets to 512 MB (``RLIMIT_STACK``)
before starting this script, so deep recursion works. Threads the solution starts get
``THREAD_STACK_BYTES`` each (glibc would otherwise give each one RLIMIT_STACK).


Values crossing back are rebuilt from exact built-in types only (a ``str`` subclass
with a lying ``__eq__`` arrives as a plain ``str``); NumPy arrays are tagged
``{"__ndarray__": data, "shape": [...], "dtype": "..."}``, tuples ``{"__tuple__": [...]}``, and ints
wider than ``INT_TAG_BITS`` ``{"__int__": hex}`` (both ways: Python refuses more than 4,300
decimal digits, and converting them is quadratic; hexadecimal is linear).
"""

import base64
import collections
import fcntl
import functools
import gc
import io
import itertools
import json
import operator
import os
import resource
import sys
import threading
import time
import traceback

STDOUT_HEAD = 4096
RECURSION_LIMIT = 300_000
THREAD_STACK_BYTES = 16 * 1024 * 1024
MAX_ELEMENTS = 20_000_000
MAX_DEPTH = 200  # nesting of a reply's JSON; the judge refuses deeper replies
VALUE_DEPTH = 64  # nesting of a returned value: a dict takes three levels of JSON, 3 * 64 < MAX_DEPTH
INT_TAG_BITS = 8192  # wider ints travel as {"__int__": hex}: str() refuses over 4,300 digits, and is quadratic
TRACEBACK_FRAMES = 50
MIN_REPEAT_S = 0.001
PRIVATE_FDS = 40  # the harness's own descriptors in stdio mode sit at or above this (RLIMIT_NOFILE is 64)
STATUSES = ("ok", "exception", "memory", "exit", "compile", "too_large", "draws")
REPLY_KEYS = ("token", "status", "message", "exc_type", "traceback", "line", "during", "step", "stdout",
              "stdout_chars", "value", "arg_after", "unused", "cpu_s", "maxrss_kb", "case", "results")
# ``cpu_s`` is the calling thread's CPU time around each call (time.thread_time: with
# RLIMIT_CPU set, the process-wide clock only advances in scheduler ticks), a claim for
# estimates and diagnostics. The judge's own reading of the whole child decides verdicts.

# Names LeetCode's Python 3 environment pre-imports, so pasted solutions run unmodified.
PRELUDE = """
from typing import *
from collections import *
from itertools import *
from functools import *
from heapq import *
from bisect import *
from math import *
from string import *
import collections, itertools, functools, heapq, bisect, math, string, re, operator, random, sys
"""


class OutputTooLarge(Exception):
    """A return value too large to send back."""


class CaseStdout(io.TextIOBase):
    """sys.stdout for user code: writes through to fd 1 (the judge caps it) and keeps a head per case."""

    def __init__(self):
        self.head = []
        self.head_len = 0
        self.chars = 0

    def reset(self):
        self.head, self.head_len, self.chars = [], 0, 0

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.chars += len(text)
        if self.head_len < STDOUT_HEAD:
            piece = text[: STDOUT_HEAD - self.head_len]
            self.head.append(piece)
            self.head_len += len(piece)
        data = text.encode("utf-8", "replace")
        while data:
            written = os.write(1, data)
            data = data[written:]
        return len(text)

    def text(self):
        return "".join(self.head)


def encode(value, budget=None, depth=0):
    """Rebuild ``value`` from exact built-in types, ready for JSON.

    Types are read with ``type(value)``, never ``isinstance`` (an object whose
    ``__class__`` property claims to be a list or an ndarray is still what it is), and
    contents through the base classes' own C-level methods, never through methods a
    subclass could override.
    """
    if budget is None:
        budget = [MAX_ELEMENTS]
    budget[0] -= 1
    if budget[0] < 0:
        raise OutputTooLarge("the returned value has more than %d elements" % MAX_ELEMENTS)
    if depth > VALUE_DEPTH:
        raise OutputTooLarge("the returned value is nested more than %d levels deep" % VALUE_DEPTH)
    depth += 1
    kind = type(value)
    if value is None or kind is bool or kind is float:
        return value
    if kind is int:
        return value if value.bit_length() <= INT_TAG_BITS else wide_int(value, budget)
    if kind is str:
        budget[0] -= len(value) // 16
        return value
    if issubclass(kind, bool):
        return bool.__bool__(value)
    if issubclass(kind, int):
        return encode(int.__index__(value), budget, depth - 1)
    if issubclass(kind, float):
        return float.__float__(value)
    if issubclass(kind, str):
        return encode(str.__str__(value), budget, depth - 1)
    if issubclass(kind, list):
        return [encode(list.__getitem__(value, i), budget, depth) for i in range(list.__len__(value))]
    if issubclass(kind, tuple):
        items = [encode(tuple.__getitem__(value, i), budget, depth) for i in range(tuple.__len__(value))]
        return {"__tuple__": items}
    array = encode_numpy(value, kind, budget, depth)
    if array is not None:
        return array
    if issubclass(kind, dict):
        return {"__dict__": [[encode(k, budget, depth), encode(v, budget, depth)] for k, v in dict.items(value)]}
    if issubclass(kind, (set, frozenset)):
        return {"__set__": sorted((encode(v, budget, depth) for v in value), key=repr)}
    try:
        shown = object.__repr__(value)
    except Exception:
        shown = "?"
    return {"__unsupported__": kind.__name__, "repr": shown[:200]}


def wide_int(value, budget):
    """An int too wide for decimal JSON, in hexadecimal (linear both ways; the judge reads it back)."""
    text = format(value, "x")
    budget[0] -= len(text) // 16
    if budget[0] < 0:
        raise OutputTooLarge("the returned int has %d hexadecimal digits" % len(text))
    return {"__int__": text}


def encode_outputs(outputs):
    """A stream's outputs, ready for JSON: the list as it is when every output is an exact
    ``int`` narrow enough for decimal JSON (checked at C speed: ``encode`` would spend a
    Python call on each of 157,500), else through ``encode``. The judge validates every
    output either way."""
    if (len(outputs) <= MAX_ELEMENTS and set(map(type, outputs)) <= {int}
            and (not outputs or max(max(outputs).bit_length(), min(outputs).bit_length()) <= INT_TAG_BITS)):
        return outputs
    return encode(outputs)


def encode_numpy(value, kind, budget, depth):
    """A NumPy array as plain nested lists (None for anything else).

    The array is read through an exact ``numpy.ndarray`` view with ndarray's own
    ``tolist``: a subclass overriding ``shape`` or ``tolist`` is not asked. The shape
    and dtype sent beside the data are only a claim; the judge infers both again.
    """
    ndarray, generic = NUMPY if NUMPY else numpy_types(sys.modules.get("numpy"))
    if ndarray is None:
        return None
    if issubclass(kind, ndarray):
        base = ndarray.view(value, ndarray)
        budget[0] -= int(base.size)
        if budget[0] < 0:
            raise OutputTooLarge("the returned array has %d elements" % base.size)
        data = ndarray.tolist(base)
        return {"__ndarray__": encode(data, budget, depth), "shape": [int(d) for d in base.shape], "dtype": str(base.dtype)}
    if issubclass(kind, generic):
        return encode(generic.item(value), budget, depth)
    return None


def numpy_types(numpy):
    """(ndarray, generic) of a NumPy module, or (None, None)."""
    ndarray = getattr(numpy, "ndarray", None) if numpy is not None else None
    generic = getattr(numpy, "generic", None) if numpy is not None else None
    if type(ndarray) is not type or type(generic) is not type:
        return None, None
    return ndarray, generic


# NumPy's array types, taken before the solution runs for problems that need NumPy
# (a solution can put a module of its own in sys.modules["numpy"]).
NUMPY: list = []  # [ndarray, generic] once a problem that needs NumPy has loaded


def decode(value):
    """Turn tagged JSON values from a case file into the Python objects a solution receives."""
    if isinstance(value, list):
        return [decode(v) for v in value]
    if isinstance(value, dict):
        if "__int__" in value:
            return int(value["__int__"], 16)
        if "__ndarray__" in value:
            import numpy

            return numpy.array(value["__ndarray__"], dtype=value.get("dtype", "float64"))
        if "__tuple__" in value:
            return tuple(decode(v) for v in value["__tuple__"])
        return {k: decode(v) for k, v in value.items()}
    return value


def decode_draws(text):
    """A block of draws from the judge (base64, one byte per draw)."""
    return base64.b64decode(text)


class OutsideCase:
    """The stream source's block between cases: taking a draw from it raises, and once a
    case runs it gives way (``StopIteration``) to the case's own blocks."""

    def __init__(self, harness, name):
        self.harness = harness
        self.name = name

    def __iter__(self):
        return self

    def __next__(self):
        if self.harness.stream_running:
            raise StopIteration
        raise RuntimeError(self.name + "() may only be called while the judge calls your solution")


def compile_solution(path):
    """(code, source text) of the solution file, or a ``compile`` reply.

    The file is read as ``python file.py`` reads a script: UTF-8 (a BOM from a Windows
    editor is not code), or the encoding its PEP 263 declaration names
    (``# -*- coding: gbk -*-``, as a Chinese editor may save it).
    """
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        return {"status": "compile", "message": "cannot read the solution: %s" % exc}
    try:
        source = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        import tokenize

        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
            source = raw.decode(encoding)
        except (SyntaxError, UnicodeDecodeError, LookupError):
            return {"status": "compile", "message": "cannot read the solution: it is not UTF-8 (%s); save it as "
                    "UTF-8 or declare its encoding on line 1 or 2 (# -*- coding: gbk -*-)" % exc}
    try:
        return compile(source, path, "exec"), source
    except SyntaxError as exc:
        detail = "".join(traceback.format_exception_only(type(exc), exc))
        return {"status": "compile", "message": detail.strip(), "line": exc.lineno}


def shown(exc):
    """``str(exc)``, or a stand-in when the exception's own ``__str__`` fails."""
    try:
        return str(exc)
    except BaseException:
        return "<%s whose str() failed>" % type(exc).__name__


def user_traceback(exc, path):
    """The traceback limited to frames in the user's file, as Python prints it.

    Only the first and last ``TRACEBACK_FRAMES`` frames are looked up and formatted:
    doing all of a 300,000-deep RecursionError takes seconds, long enough to turn a
    runtime error into a time-out.
    """
    head, tail, skipped = [], collections.deque(maxlen=TRACEBACK_FRAMES), 0
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            if len(head) < TRACEBACK_FRAMES:
                head.append((tb.tb_frame, tb.tb_lineno))
            else:
                skipped += len(tail) == tail.maxlen
                tail.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    lines = ["Traceback (most recent call last):\n"]
    lines += traceback.StackSummary.extract(head).format()
    if skipped:
        lines.append("  ... %d more calls ...\n" % skipped)
    lines += traceback.StackSummary.extract(tail).format()
    lines += traceback.format_exception_only(type(exc), exc)
    last = (tail or head or [(None, None)])[-1][1]
    return "".join(lines), last


class Harness:
    """Holds the loaded solution and answers the judge's requests."""

    def __init__(self, requests, replies):
        self.requests = requests
        self.replies = replies
        self.token = None
        self.path = None
        self.entry = None
        self.mode = "call"
        self.stream_first = None  # a stream case's first block, until its first draw
        self.stream_block = None  # the iterator over the block draws are taken from
        self.stream_running = False
        self.stdout = CaseStdout()
        self.reserve = bytearray(4 * 1024 * 1024)  # freed on MemoryError so a reply can still be built

    def send(self, reply):
        reply["token"] = self.token
        reply["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # a claim, like cpu_s
        data = (json.dumps(reply, separators=(",", ":")) + "\n").encode("utf-8", "surrogatepass")
        view = memoryview(data)
        while view:
            written = os.write(self.replies, view)
            view = view[written:]

    def serve(self):
        for line in self.requests:
            request = json.loads(line)
            if request["op"] == "load":
                self.token = request["token"]
                self.send(self.load(request))
            elif request["op"] == "case":
                self.send(self.run_case(request))
            elif request["op"] == "cases":  # a batch: each case's own reply, in order, on one line
                self.send({"status": "ok", "results": [dict(self.run_case(case), case=position)
                                                       for position, case in enumerate(request["cases"])]})
            else:
                raise ValueError("unknown request " + repr(request["op"]))

    # -- loading -----------------------------------------------------------

    def load(self, request):
        self.path = request["path"]
        self.mode = request.get("mode", "call")
        names = request["names"]
        namespace = {"__name__": "solution", "__file__": self.path, "__builtins__": __builtins__}
        exec(compile(PRELUDE, "<prelude>", "exec"), namespace)
        if "numpy" in request.get("requires", ()) and not NUMPY:
            import numpy

            NUMPY.extend(numpy_types(numpy))
        if self.mode == "stream":
            self.install_source(namespace, request["source"], request["sides"])
        compiled = compile_solution(self.path)
        if isinstance(compiled, dict):
            return compiled
        code, source = compiled
        if self.mode == "stdio":  # a program: it runs as __main__ once per case, not now
            self.code = code
            gc.collect()
            gc.freeze()  # the harness's own objects: each case's collection skips them
            return {"status": "ok", "stdout": "", "stdout_chars": 0}
        self.stdout.reset()
        outcome = self.guarded(lambda: exec(code, namespace))
        if outcome is not None:
            outcome["during"] = "import"
            return outcome
        found = self.find_entry(namespace, names, source)
        if isinstance(found, dict):
            return found
        self.entry = found
        gc.collect()
        gc.freeze()  # the loaded modules are never garbage: later collections skip them
        return {"status": "ok", "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}

    def install_source(self, namespace, name, sides):
        """Put the stream's source (``rand6``) in the solution's namespace.

        Its draws come from the judge, a block at a time on request (a ``draws``
        reply, answered on the request pipe); the judge counts what it served. The
        source is ``next`` over a chain of the blocks' byte iterators, all C code
        between blocks: a draw costs a third of what a Python function returning
        ``pool.pop()`` did, which is most of the judge's time on a rand10 run.
        """
        harness = self
        outside = OutsideCase(self, name)

        def blocks():
            while True:
                if not harness.stream_running:
                    block = outside
                elif harness.stream_first is not None:
                    block, harness.stream_first = iter(harness.stream_first), None
                else:
                    block = iter(harness.fetch_draws())
                harness.stream_block = block
                yield block

        source = functools.partial(next, itertools.chain.from_iterable(blocks()))
        source.__name__ = name
        namespace[name] = source
        self.sides = sides

    def fetch_draws(self):
        """Ask the judge for the next block of draws."""
        self.send({"status": "draws"})
        answer = json.loads(self.requests.readline())
        if answer.get("op") != "draws":
            raise ValueError("expected draws from the judge, got " + repr(answer.get("op")))
        return decode_draws(answer["draws"])

    def end_stream(self):
        """Close the case's source; the draws of its last block left unused (a claim to the judge).
        The rest of that block is dropped: each case's draws start afresh from the judge."""
        self.stream_running = False
        if self.stream_first is not None:  # no draw taken at all
            unused, self.stream_first = len(self.stream_first), None
            return unused
        block = self.stream_block
        unused = operator.length_hint(block, 0) if block is not None else 0
        if block is not None:
            collections.deque(block, maxlen=0)
        return unused

    def find_entry(self, namespace, names, source):
        """The last ``class Solution``'s method, else a module-level function, else a compile error."""
        cls = namespace.get("Solution")
        if self.mode == "object":
            for name in names:
                if isinstance(namespace.get(name), type):
                    return namespace[name]
            return self.no_entry("class " + " or ".join(names), source, names)
        if isinstance(cls, type):
            for name in names:
                if callable(getattr(cls, name, None)):
                    outcome = self.guarded(lambda: cls())
                    if outcome is not None:
                        outcome["during"] = "Solution()"
                        return outcome
                    self.instance_cls = cls
                    return name
        for name in names:
            if callable(namespace.get(name)) and not isinstance(namespace.get(name), type):
                return namespace[name]
        wanted = "class Solution with a method %s, or a function %s" % (names[0], " / ".join(names))
        return self.no_entry(wanted, source, names)

    def no_entry(self, wanted, source, names):
        line = None
        for number, text in enumerate(source.splitlines(), 1):
            stripped = text.strip()
            if stripped.startswith("class Solution") or any(("def " + n) in stripped for n in names):
                line = number
        where = " (class Solution is at line %d)" % line if line else ""
        return {"status": "compile", "message": "no entry point: define %s%s" % (wanted, where), "line": line}

    # -- running -----------------------------------------------------------

    def guarded(self, action):
        """Run ``action``; return None on success or a reply describing how it failed."""
        try:
            action()
        except MemoryError:
            self.reserve = None
            gc.collect()
            return {"status": "memory", "message": "MemoryError"}
        except SystemExit as exc:
            return {"status": "exit", "message": "the solution called exit(%r)" % (exc.code,)}
        except RecursionError as exc:
            text, line = user_traceback(exc, self.path)
            return {"status": "exception", "exc_type": "RecursionError", "message": str(exc), "traceback": text, "line": line}
        except BaseException as exc:  # the user's fault, reported as a Runtime Error
            text, line = user_traceback(exc, self.path)
            return {"status": "exception", "exc_type": type(exc).__name__, "message": shown(exc)[:2000], "traceback": text, "line": line}
        finally:
            try:
                sys.stdout.flush()
            except Exception:
                pass
        return None

    def unsendable(self, exc):
        """The reply for a returned value whose own code raised while it was read (a set subclass's
        ``__iter__``, a module posing as NumPy): the solution's fault, a Runtime Error, not a
        failure of the harness (which ended the process and showed the harness's traceback)."""
        if isinstance(exc, MemoryError):
            self.reserve = None
            gc.collect()
            return {"status": "memory", "message": "MemoryError"}
        text, line = user_traceback(exc, self.path)
        try:
            detail = str(exc)[:2000]
        except Exception:
            detail = "<%s whose str() failed>" % type(exc).__name__
        return {"status": "exception", "exc_type": type(exc).__name__, "traceback": text, "line": line,
                "message": "while the judge read the returned value: " + detail}

    def callable_entry(self):
        if isinstance(self.entry, str):
            return getattr(self.instance_cls(), self.entry)
        return self.entry

    def run_case(self, request):
        self.stdout.reset()
        if self.reserve is None:
            self.reserve = bytearray(4 * 1024 * 1024)
        if self.mode == "stream":
            return self.run_stream(request)
        if self.mode == "stdio":
            return run_program(self, request)
        if self.mode == "object":
            return self.run_object(request)
        return self.run_call(request)

    def run_call(self, request):
        inplace = request.get("inplace")
        repeats = max(1, int(request.get("repeats", 1)))
        budget_s = float(request.get("repeat_budget_s", 0.0))
        times = []
        result = {}
        spent = 0.0
        gc.collect()
        for attempt in range(repeats):
            args = decode(request["args"])
            fn = self.callable_entry()  # a fresh Solution() per call, as LeetCode does
            box = []
            start = time.thread_time()
            outcome = self.guarded(lambda: box.append(fn(*args)))
            elapsed = time.thread_time() - start
            if outcome is not None:
                outcome["cpu_s"] = [elapsed]
                outcome["stdout"] = self.stdout.text()
                outcome["stdout_chars"] = self.stdout.chars
                return outcome
            times.append(elapsed)
            spent += elapsed
            if attempt == 0:
                try:
                    result["value"] = encode(box[0])
                    if inplace is not None:
                        result["arg_after"] = encode(args[inplace])
                except OutputTooLarge as exc:
                    return {"status": "too_large", "message": str(exc), "cpu_s": times}
                except Exception as exc:  # the value's own code (a set's __iter__) raised
                    return dict(self.unsendable(exc), cpu_s=times)
                result["stdout"] = self.stdout.text()
                result["stdout_chars"] = self.stdout.chars
            # Repeat only what is measurable and cheap: steadier medians, bounded cost.
            if elapsed < MIN_REPEAT_S or spent + elapsed > budget_s:
                break
        result.update(status="ok", cpu_s=times)
        return result

    def run_object(self, request):
        steps = request["args"]
        values = []
        obj = [None]
        start = time.thread_time()
        for index, step in enumerate(steps):
            box = []
            if "new" in step:
                args = decode(step["new"])
                action = lambda: obj.__setitem__(0, self.entry(*args))
            elif "call" in step:
                args = decode(step.get("args", []))
                action = lambda: box.append(getattr(obj[0], step["call"])(*args))
            elif "get" in step:
                action = lambda: box.append(getattr(obj[0], step["get"]))
            else:
                value = decode(step["value"])
                action = lambda: setattr(obj[0], step["set"], value)
            outcome = self.guarded(action)
            if outcome is not None:
                outcome.update(step=index, cpu_s=[time.thread_time() - start], stdout=self.stdout.text())
                return outcome
            try:
                values.append(encode(box[0]) if box else None)
            except OutputTooLarge as exc:
                return {"status": "too_large", "message": str(exc), "cpu_s": [time.thread_time() - start]}
            except Exception as exc:  # the value's own code (a set's __iter__) raised
                return dict(self.unsendable(exc), step=index, cpu_s=[time.thread_time() - start])
        return {"status": "ok", "value": values, "cpu_s": [time.thread_time() - start],
                "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}

    def run_stream(self, request):
        self.stream_first = decode_draws(request.get("draws", ""))  # each case's draws start afresh from the judge
        self.stream_running = True
        outputs = []
        fn = self.callable_entry()
        calls = int(request["calls"])

        def many():
            append = outputs.append
            for _ in range(calls):
                append(fn())

        start = time.thread_time()
        outcome = self.guarded(many)
        elapsed = time.thread_time() - start
        unused = self.end_stream()
        if outcome is not None:
            outcome.update(cpu_s=[elapsed], stdout=self.stdout.text(), stdout_chars=self.stdout.chars)
            return outcome
        try:
            value = encode_outputs(outputs)
        except OutputTooLarge as exc:
            return {"status": "too_large", "message": str(exc), "cpu_s": [elapsed]}
        except Exception as exc:  # the value's own code (a set's __iter__) raised
            return dict(self.unsendable(exc), cpu_s=[elapsed])
        return {"status": "ok", "value": value, "cpu_s": [elapsed], "unused": unused,
                "stdout": self.stdout.text(), "stdout_chars": self.stdout.chars}


def anonymous_file(name):
    """A descriptor of a file in memory (a memfd; elsewhere an unlinked temporary file)."""
    try:
        return os.memfd_create(name)
    except (AttributeError, OSError):
        import tempfile

        return os.dup(tempfile.TemporaryFile().fileno())


def move_fd(fd, target):
    """Make ``fd`` the descriptor ``target``. They may already be the same number: a program
    that closes fd 0 (``open(0).read()`` closes it when the file is collected) leaves that
    number free, and the next descriptor opened takes it; dup2-then-close would close it again."""
    if fd != target:
        os.dup2(fd, target)
        os.close(fd)


def feed_stdin(data):
    """Put ``data`` on fd 0 (so input(), sys.stdin.buffer and open(0) all read it); returns sys.stdin."""
    holder = anonymous_file("stdin")
    os.write(holder, data)
    os.lseek(holder, 0, os.SEEK_SET)
    move_fd(holder, 0)
    return io.TextIOWrapper(io.open(0, "rb", closefd=False), encoding="utf-8")


def capture_stdout():
    """Put a file in memory on fd 1 for a program's output; returns (the judge's fd 1, the file).

    A program's output is what reaches fd 1, however it gets there: ``print``,
    ``sys.stdout.buffer``, ``os.write(1, ...)`` or ``open(1, "w")``, in the order
    written, as on Kattis. The harness reads it through a descriptor of its own, so a
    program that closes fd 1 (or whose ``open(1, "w")`` closes it when collected) keeps
    what it wrote. ``RLIMIT_FSIZE`` bounds the file (a write past it fails with EFBIG).
    """
    try:
        saved = fcntl.fcntl(1, fcntl.F_DUPFD_CLOEXEC, PRIVATE_FDS)
    except OSError:  # an earlier program closed fd 1
        saved = None
    holder = anonymous_file("stdout")
    private = fcntl.fcntl(holder, fcntl.F_DUPFD_CLOEXEC, PRIVATE_FDS)
    move_fd(holder, 1)
    return saved, private


def take_stdout(saved, private, cap):
    """What the program wrote to fd 1 (None if more than ``cap`` bytes); the judge's fd 1 is restored."""
    try:
        size = os.fstat(private).st_size
        data = os.pread(private, cap + 1, 0) if size <= cap else None
    finally:
        os.close(private)
    if saved is None:
        saved = os.open(os.devnull, os.O_WRONLY)
    move_fd(saved, 1)
    return data


def run_program(harness, request):
    """Stdio mode: run the program as ``__main__`` with the case's input on stdin, its stdout kept.

    Each case gets fresh globals; imported modules stay loaded, as they would in a
    long-lived interpreter. ``exit()`` / ``sys.exit(0)`` end the program normally, and so
    does ``os._exit(0)`` (fast-output templates end with it, often from a thread running
    ``main``): while the program runs it flushes stdout and ends the program, not the harness.
    """
    cap = int(request.get("output_cap", 8 << 20))
    exits = []

    def program_exit(code=0):
        exits.append(code)
        try:
            sys.stdout.flush()
        except Exception:
            pass
        raise SystemExit(code)

    sys.stdin = feed_stdin(request["stdin"].encode("utf-8", "surrogateescape"))
    saved, private = capture_stdout()
    sys.stdout = io.TextIOWrapper(io.open(1, "wb", closefd=False), encoding="utf-8", errors="surrogateescape")
    namespace = {"__name__": "__main__", "__file__": harness.path, "__builtins__": __builtins__}

    threads_before = set(threading.enumerate())

    def program():
        try:
            exec(harness.code, namespace)
        except SystemExit as exc:
            if exc.code not in (None, 0):
                raise
        # A common idiom runs main() on a thread with a bigger stack: the program ends with it.
        for thread in set(threading.enumerate()) - threads_before:
            if not thread.daemon:
                thread.join()
        if not sys.stdout.closed:
            sys.stdout.flush()

    gc.collect()
    real_exit, os._exit = os._exit, program_exit
    start, process_start = time.thread_time(), time.process_time()
    try:
        outcome = harness.guarded(program)
    finally:
        os._exit = real_exit
    if outcome is None and exits and exits[0] not in (None, 0):  # os._exit(3) in a thread: still a failure
        outcome = {"status": "exit", "message": "the solution called os._exit(%r)" % (exits[0],)}
    # The process clock also counts the program's own threads (it is coarser, so the larger wins).
    elapsed = max(time.thread_time() - start, time.process_time() - process_start)
    try:
        sys.stdout.flush()
    except Exception:
        pass
    sys.stdout, sys.stdin = harness.stdout, io.StringIO("")
    data = take_stdout(saved, private, cap)
    move_fd(os.open(os.devnull, os.O_RDONLY), 0)
    if data is None or (outcome is not None and "File too large" in outcome.get("message", "")):
        return {"status": "too_large", "message": "printed more than %d bytes" % cap, "cpu_s": [elapsed]}
    if outcome is not None:
        outcome["cpu_s"] = [elapsed]
        return outcome
    text = data.decode("utf-8", "surrogateescape")
    return {"status": "ok", "value": text, "cpu_s": [elapsed], "stdout": "", "stdout_chars": 0}


def main():
    request_fd, reply_fd = int(sys.argv[1]), int(sys.argv[2])
    requests = os.fdopen(request_fd, "rb", buffering=1 << 16)
    harness = Harness(requests, reply_fd)
    sys.stdout = harness.stdout
    sys.stdin = io.StringIO("")
    sys.setrecursionlimit(RECURSION_LIMIT)
    threading.stack_size(THREAD_STACK_BYTES)
    try:
        harness.serve()
    except BaseException:  # a fault of the harness itself (or a signal handler the solution set)
        os.write(2, ("judge harness failure:\n" + traceback.format_exc()).encode("utf-8", "replace"))
        os._exit(70)
    os._exit(0)


if __name__ == "__main__":
    main()
